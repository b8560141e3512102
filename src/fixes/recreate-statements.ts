import type { Props, SnapshotObject } from '../catalog/snapshot';
import type { Difference } from '../catalog/snapshot-diff';
import { memberOf } from './sql-names';

/** One statement of the re-creation, with its place in dependency order (CREATE_RANK, lower first). */
export interface Placed {
  rank: number;
  sql: string;
}

/**
 * What a down needs to bring back an object the up dropped, or whose definition it changed: the up's version dropped
 * first (`drop`, changed definitions only), then the definition from the catalog before the up (`create`). `brings`:
 * lesser findings that are the truth about the re-creation (a column comes back at the end of the table, empty).
 */
export interface Recreation {
  drop?: string;
  create: Placed[];
  brings?: string[];
}

/** Re-created in this order: what others use first (functions, sequences, columns), then what uses them. */
export const CREATE_RANK: Record<string, number> = {
  function: 0,
  procedure: 0,
  sequence: 1,
  column: 2,
  'owned by': 3,
  constraint: 4,
  index: 5,
  view: 6,
  'materialized view': 6,
  trigger: 7,
};

/**
 * The statements that bring `d` back from `before` (its catalog row before the up), or why none can: only what the
 * catalog gives an exact definition for. Undefined: not a difference re-creation answers (added objects, a column's
 * changed property: down-statements.ts).
 */
export function recreation(d: Difference, before: SnapshotObject | undefined): Recreation | { why: string } | undefined {
  if (d.change === 'added' || d.kind === 'column order') return undefined;
  if (d.change === 'changed' && (d.kind === 'column' || d.kind === 'sequence')) return undefined;
  if (d.change === 'changed' && d.property !== 'definition') return undefined;
  const write = Object.hasOwn(WRITERS, d.kind) ? WRITERS[d.kind] : undefined;
  if (!write) return undefined;
  if (!before) return { why: 'its definition before the up was not kept' };
  const p = before.props;
  if (text(p.privileges) !== undefined) return { why: 'its privileges before the up are not granted again from the catalog' };
  const made = write(d.name, p);
  if ('why' in made || d.change === 'removed') return made;
  // A changed definition: the up's version goes first, or the old one cannot take its name.
  const drop = Object.hasOwn(DROPS, d.kind) ? DROPS[d.kind](d.name) : undefined;
  return drop ? { ...made, drop } : made;
}

const text = (v: Props[string] | undefined): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));
const ended = (sql: string) => `${sql.trimEnd().replace(/;$/, '')};`;
const at = (kind: string, sql: string): Placed => ({ rank: CREATE_RANK[kind] ?? 9, sql: ended(sql) });

const DROPS: Record<string, (name: string) => string | undefined> = {
  index: (name) => `DROP INDEX IF EXISTS ${name};`,
  view: (name) => `DROP VIEW IF EXISTS ${name};`,
  'materialized view': (name) => `DROP MATERIALIZED VIEW IF EXISTS ${name};`,
  constraint: (name) => onTable(name, (table, member) => `ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${member};`),
  trigger: (name) => onTable(name, (table, member) => `DROP TRIGGER IF EXISTS ${member} ON ${table};`),
};

function onTable(name: string, write: (table: string, member: string) => string): string | undefined {
  const m = memberOf(name);
  return m && write(m.table, m.member);
}

const WRITERS: Record<string, (name: string, p: Props) => Recreation | { why: string }> = {
  index: (_name, p) => {
    const definition = text(p.definition);
    if (!definition || p.valid === false) return { why: 'it was not a valid index before the up' };
    if (p.clustered === true) return { why: 'the table was clustered on it, which the definition does not say' };
    return { create: [at('index', definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '))] };
  },
  constraint: (name, p) => {
    const sql = onTable(name, (table, member) => `ALTER TABLE ${table} ADD CONSTRAINT ${member} ${text(p.definition) ?? ''}`);
    return sql && text(p.definition) ? { create: [at('constraint', sql)] } : { why: 'its definition was not kept' };
  },
  view: (name, p) => view('VIEW', name, p),
  'materialized view': (name, p) => view('MATERIALIZED VIEW', name, p),
  aggregate: () => ({ why: "an aggregate's catalog row is no statement to run" }),
  function: (_name, p) => routine(p),
  procedure: (_name, p) => routine(p),
  trigger: (name, p) => {
    const definition = text(p.definition);
    if (!definition) return { why: 'its definition was not kept' };
    const state = ENABLED[String(p.enabled)];
    const create = [at('trigger', definition)];
    if (state) create.push(at('trigger', onTable(name, (table, member) => `ALTER TABLE ${table} ${state} TRIGGER ${member}`) ?? ''));
    return { create };
  },
  sequence: (name, p) => sequence(name, p),
  column: (name, p) => column(name, p),
};

/** pg_trigger.tgenabled other than O (fires in origin and local mode, the default after CREATE TRIGGER). */
const ENABLED: Record<string, string> = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' };

function view(keyword: string, name: string, p: Props): Recreation | { why: string } {
  const definition = text(p.definition);
  if (!definition) return { why: 'its definition was not kept' };
  const options = text(p.options);
  const noData = p.populated === false ? ' WITH NO DATA' : '';
  const sql = `CREATE ${keyword} ${name}${options ? ` WITH (${options})` : ''} AS\n${definition.trimEnd().replace(/;$/, '')}${noData}`;
  return { create: [at(keyword === 'VIEW' ? 'view' : 'materialized view', sql)] };
}

/** pg_get_functiondef writes `CREATE OR REPLACE FUNCTION ...`, whole; an aggregate's row holds no such text. */
function routine(p: Props): Recreation | { why: string } {
  const definition = text(p.definition);
  if (!definition?.startsWith('CREATE')) return { why: 'its definition was not kept as a statement' };
  return { create: [at('function', definition)] };
}

function sequence(name: string, p: Props): Recreation | { why: string } {
  const parts = [
    `CREATE SEQUENCE IF NOT EXISTS ${name}`,
    text(p.type) && `AS ${String(p.type)}`,
    text(p.increment) && `INCREMENT BY ${String(p.increment)}`,
    text(p.min) && `MINVALUE ${String(p.min)}`,
    text(p.max) && `MAXVALUE ${String(p.max)}`,
    text(p.start) && `START WITH ${String(p.start)}`,
    text(p.cache) && `CACHE ${String(p.cache)}`,
    p.cycle === true ? 'CYCLE' : 'NO CYCLE',
  ];
  const create = [at('sequence', parts.filter(Boolean).join(' '))];
  // The column that owned it comes back after it (its default may use the sequence): ownership is given back last.
  const owner = text(p['owned by']);
  if (owner) create.push(at('owned by', `ALTER SEQUENCE ${name} OWNED BY ${owner}`));
  return { create };
}

function column(name: string, p: Props): Recreation | { why: string } {
  const m = memberOf(name);
  const type = text(p.type);
  if (!m || !type) return { why: 'its type was not kept' };
  if (text(p.identity)) return { why: 'an identity column comes back with a new sequence, not the one it had' };
  const generated = text(p.generated);
  const kind = generated?.endsWith(' virtual') ? 'VIRTUAL' : 'STORED';
  const parts = [
    `ALTER TABLE ${m.table} ADD COLUMN IF NOT EXISTS ${m.member} ${type}`,
    text(p.collation) && `COLLATE ${String(p.collation)}`,
    generated && `GENERATED ALWAYS AS (${generated.replace(/ (stored|virtual)$/, '')}) ${kind}`,
    text(p.default) && `DEFAULT ${String(p.default)}`,
    p['not null'] === true && 'NOT NULL',
  ];
  const create = [at('column', parts.filter(Boolean).join(' '))];
  const alter = `ALTER TABLE ${m.table} ALTER COLUMN ${m.member}`;
  if (text(p.storage)) create.push(at('column', `${alter} SET STORAGE ${String(p.storage).toUpperCase()}`));
  if (text(p.compression)) create.push(at('column', `${alter} SET COMPRESSION ${String(p.compression)}`));
  if (text(p['statistics target'])) create.push(at('column', `${alter} SET STATISTICS ${String(p['statistics target'])}`));
  // The column comes back at the end of the table, without the values the up dropped: both are said, not hidden.
  return { create, brings: ['down-column-order', 'down-loses-data'] };
}
