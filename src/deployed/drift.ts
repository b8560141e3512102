import type { DriftItem, SchemaComparison } from './facts';
import type { Severity } from '../findings';
import { keyOf } from '../catalog/snapshot';
import { describeDifference, diffSnapshots, type Difference } from '../catalog/snapshot-diff';
import type { Migration } from '../formats/migration-set';
import type { CatalogRead } from '../catalog/read-catalog';
import { normaliseAcl, normalisePair, OWNER_PLACEHOLDER } from './normalise';
import { detectPlatform, ignoreMatcher, isPlatformObject } from './platform';
import { nameInSql } from '../sql/quote-name';

export interface CompareOptions {
  /** drift-ignore patterns. */
  ignore: string[];
  /** The version table's name: its own sequence (goose's id) is bookkeeping, not schema. */
  versionTable: string;
  /** Snapshots after each migration, oldest first, for naming the migration that creates an object. */
  history?: { migration: Migration; read: CatalogRead }[];
}

const WORDING = { added: 'is in the target but no migration creates it', removed: 'is created by the migrations but missing from the target' };

/** Compares the schema the migrations build (`expected`) with the target's (`actual`), after normalising the noise. */
export function compareSchemas(expected: CatalogRead, actual: CatalogRead, options: CompareOptions): SchemaComparison {
  const { expected: e, actual: a, notes, dropMaintain } = normalisePair(expected, actual);
  const platform = detectPlatform(a);
  const ignored = ignoreMatcher(options.ignore);
  const versionTableName = options.versionTable.slice(options.versionTable.lastIndexOf('.') + 1);
  const bookkeeping = new RegExp(`(^|\\.)"?${versionTableName.replace(/"/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_id_seq"?$`);
  let platformCount = 0;
  let ignoredCount = 0;
  const items: DriftItem[] = [];
  for (const d of diffSnapshots(e, a)) {
    if (bookkeeping.test(d.name) && d.kind === 'sequence') continue;
    if (d.change === 'added' && platform && isPlatformObject(platform, d.kind, d.name, a.objects.get(keyOf(d))?.props)) {
      platformCount++;
      continue;
    }
    if (ignored(d.name)) {
      ignoredCount++;
      continue;
    }
    items.push(toItem(withRoleNames(d, actual, dropMaintain), options.history));
  }
  if (platform) notes.push(`the target is on ${platform.name}: ${platformCount} object(s) the platform adds were not compared`);
  if (ignoredCount) notes.push(`${ignoredCount} difference(s) matched drift-ignore`);
  return { items, notes, platform: platform?.name };
}

/**
 * Privileges are compared with every owner named `<owner>` (a platform's `app_owner` against the scratch server's
 * `postgres`), but shown with the target's own role names: the target's value as it has it (sorted, MAINTAIN left out
 * as compared), and the migrations' value with `<owner>` named as the target's owner when it has one (the scratch
 * side's role is a temporary one, whose name would change from run to run).
 */
function withRoleNames(d: Difference, actual: CatalogRead, dropMaintain: boolean): Difference {
  if (d.change !== 'changed' || d.property !== 'privileges') return d;
  const raw = actual.snapshot.objects.get(keyOf(d))?.props.privileges;
  const owner = actual.owners.length === 1 ? actual.owners[0] : undefined;
  const named = (acl: string) => (owner ? acl.split(OWNER_PLACEHOLDER).join(nameInSql(owner)) : acl);
  return {
    ...d,
    before: d.before && named(d.before),
    after: typeof raw === 'string' ? normaliseAcl(raw, new Set(), dropMaintain) : d.after && named(d.after),
  };
}

function toItem(d: Difference, history: CompareOptions['history']): DriftItem {
  const change = d.change === 'added' ? 'extra' : d.change === 'removed' ? 'missing' : 'changed';
  const minor = d.kind === 'comment' || d.kind === 'column order' || d.property === 'privileges';
  const severity: Severity = minor ? 'notice' : change === 'extra' ? 'warning' : 'error';
  const createdBy = change === 'extra' ? undefined : history?.find((h) => h.read.snapshot.objects.has(keyOf(d)))?.migration;
  return {
    change,
    severity,
    kind: d.kind,
    name: d.name,
    text: describeDifference(d, WORDING) + (d.change === 'changed' ? ' (from what the migrations make to what the target has)' : ''),
    createdBy,
    baseline: createdBy !== undefined && createdBy === history?.[0]?.migration,
  };
}
