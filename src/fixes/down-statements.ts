import type { Difference } from '../catalog/snapshot-diff';
import { memberOf } from './sql-names';

/**
 * The statement a down needs for one difference between the schema before the up and after the down: a drop of what
 * the up created (IF EXISTS, so that the down still runs where the object is already gone), or the property the up
 * changed set back to its value before the up. Undefined for what no statement written from the catalog can undo.
 */
export function undoStatement(d: Difference): string | undefined {
  if (d.change === 'added') return dropStatement(d);
  if (d.change === 'changed') return restoreStatement(d);
  return undefined; // the up dropped it: its definition is not in the difference, and its rows are gone anyway
}

const DROP_KEYWORDS: Record<string, string> = {
  table: 'TABLE',
  view: 'VIEW',
  'materialized view': 'MATERIALIZED VIEW',
  index: 'INDEX',
  sequence: 'SEQUENCE',
  function: 'FUNCTION',
  procedure: 'PROCEDURE',
  aggregate: 'AGGREGATE',
  enum: 'TYPE',
  'composite type': 'TYPE',
  'range type': 'TYPE',
  type: 'TYPE',
  domain: 'DOMAIN',
  schema: 'SCHEMA',
  extension: 'EXTENSION',
};

function dropStatement(d: Difference): string | undefined {
  const keyword = DROP_KEYWORDS[d.kind];
  if (keyword) return `DROP ${keyword} IF EXISTS ${d.name};`;
  const member = memberOf(d.name);
  if (!member) return undefined;
  const { table, member: name } = member;
  if (d.kind === 'column') return `ALTER TABLE ${table} DROP COLUMN IF EXISTS ${name};`;
  if (d.kind === 'constraint') return `ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${name};`;
  if (d.kind === 'trigger') return `DROP TRIGGER IF EXISTS ${name} ON ${table};`;
  if (d.kind === 'policy') return `DROP POLICY IF EXISTS ${name} ON ${table};`;
  return undefined;
}

/** A sequence parameter the up changed, back to its value before the up: `ALTER SEQUENCE name <clause>`. */
const SEQUENCE_CLAUSES: Record<string, (before: string | undefined) => string | undefined> = {
  type: (v) => v && `AS ${v}`,
  start: (v) => v && `START WITH ${v}`,
  increment: (v) => v && `INCREMENT BY ${v}`,
  min: (v) => (v ? `MINVALUE ${v}` : 'NO MINVALUE'),
  max: (v) => (v ? `MAXVALUE ${v}` : 'NO MAXVALUE'),
  cache: (v) => v && `CACHE ${v}`,
  cycle: (v) => (v === 'true' ? 'CYCLE' : 'NO CYCLE'),
  'owned by': (v) => `OWNED BY ${v ?? 'NONE'}`,
};

/** A column property or a sequence parameter the up changed, back to its value before the up (`before`). */
function restoreStatement(d: Difference): string | undefined {
  if (d.kind === 'sequence') {
    const clause = d.property && Object.hasOwn(SEQUENCE_CLAUSES, d.property) ? SEQUENCE_CLAUSES[d.property](d.before) : undefined;
    return clause && `ALTER SEQUENCE ${d.name} ${clause};`;
  }
  const member = d.kind === 'column' ? memberOf(d.name) : undefined;
  if (!member) return undefined;
  const alter = `ALTER TABLE ${member.table} ALTER COLUMN ${member.member}`;
  if (d.property === 'not null') return d.before === 'true' ? `${alter} SET NOT NULL;` : `${alter} DROP NOT NULL;`;
  if (d.property === 'default') return d.before === undefined ? `${alter} DROP DEFAULT;` : `${alter} SET DEFAULT ${d.before};`;
  if (d.property === 'type' && d.before) return `${alter} TYPE ${d.before} USING ${member.member}::${d.before};`;
  return undefined;
}

/**
 * Dependents before what they depend on: a trigger or an index before its table, a table before the sequence its
 * column owns and the type its column uses. Within a kind, what the up names last is undone first (objectLine order).
 */
export const UNDO_RANK: Record<string, number> = {
  trigger: 0,
  policy: 0,
  'materialized view': 1,
  view: 1,
  index: 2,
  constraint: 3,
  column: 4,
  table: 5,
  sequence: 6,
  function: 7,
  procedure: 7,
  aggregate: 7,
  enum: 8,
  'composite type': 8,
  'range type': 8,
  type: 8,
  domain: 8,
  schema: 9,
  extension: 10,
};
