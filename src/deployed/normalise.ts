import { keyOf, type Snapshot, type SnapshotObject } from '../catalog/snapshot';
import type { CatalogRead } from '../catalog/read-catalog';

/**
 * What two databases built from the same migrations still differ in, and is not schema: owner names (a managed
 * platform's `<db>_owner` against the scratch server's `postgres`), PostgreSQL 18's NOT NULL constraint rows
 * (contype 'n'), PostgreSQL 17's MAINTAIN privilege. Both sides get the same treatment; `notes` says what was done.
 */
export interface Normalised {
  expected: Snapshot;
  actual: Snapshot;
  notes: string[];
  /** MAINTAIN was left out of privileges (the two sides are on either side of PostgreSQL 17). */
  dropMaintain: boolean;
}

/** What every owner role is called while the two sides are compared. */
export const OWNER_PLACEHOLDER = '<owner>';
const OWNER = OWNER_PLACEHOLDER;

export function normalisePair(expected: CatalogRead, actual: CatalogRead): Normalised {
  const notes: string[] = [];
  const majors = [major(expected.versionNum), major(actual.versionNum)];
  const crosses = (v: number) => majors[0] >= v !== majors[1] >= v;
  const dropMaintain = crosses(17);
  const dropNotNullRows = crosses(18);
  if (majors[0] !== majors[1]) {
    const done = [
      dropNotNullRows ? "PostgreSQL 18 keeps NOT NULL as constraint rows: those rows were left out (the columns' NOT NULL is compared)" : '',
      dropMaintain ? 'PostgreSQL 17 added the MAINTAIN privilege: it was left out of privileges' : '',
    ].filter(Boolean);
    notes.push(`the scratch server is PostgreSQL ${majors[0]} and the target ${majors[1]}${done.length ? `; ${done.join('; ')}` : ''}`);
  }
  const side = (read: CatalogRead) => normaliseSnapshot(read.snapshot, new Set(read.owners), { dropMaintain, dropNotNullRows });
  return { expected: side(expected), actual: side(actual), notes, dropMaintain };
}

export function major(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

interface Options {
  dropMaintain: boolean;
  dropNotNullRows: boolean;
}

function normaliseSnapshot(snapshot: Snapshot, owners: Set<string>, options: Options): Snapshot {
  const objects = new Map<string, SnapshotObject>();
  const byRef = new Map<string, SnapshotObject>();
  for (const o of snapshot.objects.values()) {
    if (options.dropNotNullRows && o.kind === 'constraint' && /^NOT NULL /.test(String(o.props.definition ?? ''))) continue;
    const props = { ...o.props };
    if (typeof props.privileges === 'string') props.privileges = normaliseAcl(props.privileges, owners, options.dropMaintain);
    // A default privilege's identity names the role it is for ("for role app_owner in schema public on tables").
    const name = o.kind.includes('default acl') ? replaceOwners(o.name, owners) : o.name;
    const copy = { ...o, name, props };
    objects.set(keyOf(copy), copy);
    byRef.set(copy.ref, copy);
  }
  return { objects, byRef };
}

/** `{app_owner=arwdDxt/app_owner,reader=r/app_owner}` -> entries with owners named <owner>, sorted, MAINTAIN removed when asked. */
export function normaliseAcl(acl: string, owners: Set<string>, dropMaintain: boolean): string {
  const inner = acl.replace(/^\{|\}$/g, '');
  if (!inner) return acl;
  const items = inner.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((item) => {
    const m = /^(.*)=([a-zA-Z*]*)\/(.*)$/.exec(item);
    if (!m) return item;
    const who = (n: string) => (owners.has(unquote(n)) ? OWNER : unquote(n));
    const privileges = dropMaintain ? m[2].replace(/m\*?/g, '') : m[2];
    return `${who(m[1])}=${privileges}/${who(m[3])}`;
  });
  return `{${items.sort().join(',')}}`;
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
}

function replaceOwners(text: string, owners: Set<string>): string {
  return text.replace(/for role ("(?:[^"]|"")+"|\S+)/, (all, role: string) => (owners.has(unquote(role)) ? `for role ${OWNER}` : all));
}
