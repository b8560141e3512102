import type { AlterCommand, RelationRef, StatementFacts } from './types';

/**
 * Reads what a statement says from its libpg_query parse node: which
 * relation it works on, which ALTER TABLE subcommands it holds, what would
 * rewrite or scan. Relations come back as written (quoted, for to_regclass);
 * the observer resolves them against the catalog before the file runs.
 */
type Node = Record<string, unknown>;

const obj = (v: unknown): Node | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A RangeVar as a name to_regclass accepts whatever the spelling. */
function rangeVar(v: unknown): RelationRef | undefined {
  const r = obj(v);
  const relname = str(r?.relname);
  if (!r || !relname) return undefined;
  const schema = str(r.schemaname);
  return { name: schema ? `${quote(schema)}.${quote(relname)}` : quote(relname), existing: false };
}

/** A List of String nodes (DROP TABLE a.b) as a name. */
function nameList(v: unknown): RelationRef | undefined {
  const parts = arr(obj(v)?.List ? obj(obj(v)?.List)?.items : undefined)
    .map((i) => str(obj(obj(i)?.String)?.sval))
    .filter((s): s is string => !!s);
  return parts.length ? { name: parts.map(quote).join('.'), existing: false } : undefined;
}

const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Defaults that are not volatile (stored in the catalog since PostgreSQL 11, no rewrite); anything else may be volatile. */
const STABLE_DEFAULTS = new Set([
  'now',
  'current_timestamp',
  'statement_timestamp',
  'transaction_timestamp',
  'current_date',
  'localtimestamp',
  'current_user',
]);

function constraintsOf(def: Node | undefined): Node[] {
  return arr(def?.constraints)
    .map((c) => obj(obj(c)?.Constraint))
    .filter((c): c is Node => !!c);
}

function columnRewriteCause(col: Node | undefined): string | undefined {
  if (!col) return undefined;
  const typeNames = arr(obj(col.typeName)?.names).map((n) => str(obj(obj(n)?.String)?.sval) ?? '');
  const type = typeNames.at(-1) ?? '';
  const name = str(col.colname) ?? '?';
  if (SERIAL.has(type.toLowerCase())) return `${type} column ${name} (its sequence fills every row)`;
  for (const c of constraintsOf(col)) {
    if (c.contype === 'CONSTR_IDENTITY') return `identity column ${name} (every row gets a value)`;
    if (c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v') return `stored generated column ${name} (computed for every row)`;
    if (c.contype === 'CONSTR_DEFAULT') {
      const call = obj(obj(c.raw_expr)?.FuncCall);
      const fn =
        call &&
        arr(call.funcname)
          .map((n) => str(obj(obj(n)?.String)?.sval))
          .at(-1);
      if (fn && !STABLE_DEFAULTS.has(fn.toLowerCase())) return `volatile default ${fn}() on column ${name} (evaluated for every row)`;
    }
  }
  return undefined;
}

/** A new column every existing row must get a value for, with nothing to give it one: NOT NULL or PRIMARY KEY, no default. */
function needsValueForEveryRow(col: Node | undefined): boolean {
  if (!col) return false;
  const type = arr(obj(col.typeName)?.names)
    .map((n) => str(obj(obj(n)?.String)?.sval) ?? '')
    .at(-1);
  if (SERIAL.has((type ?? '').toLowerCase())) return false;
  const kinds = new Set(constraintsOf(col).map((c) => str(c.contype)));
  if (kinds.has('CONSTR_DEFAULT') || kinds.has('CONSTR_IDENTITY') || kinds.has('CONSTR_GENERATED')) return false;
  return kinds.has('CONSTR_NOTNULL') || kinds.has('CONSTR_PRIMARY');
}

const CONSTRAINT_KIND: Record<string, AlterCommand['constraint']> = {
  CONSTR_FOREIGN: 'foreign key',
  CONSTR_CHECK: 'check',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary key',
  CONSTR_EXCLUSION: 'exclusion',
};

/** The inline constraint a finding names when a column has several: the one whose lock or scan costs most first. */
const INLINE_ORDER: NonNullable<AlterCommand['constraint']>[] = ['primary key', 'unique', 'exclusion', 'check', 'foreign key'];

function foreignKeysOf(child: RelationRef, constraints: Node[]): NonNullable<StatementFacts['foreignKeys']> {
  return constraints
    .filter((c) => c.contype === 'CONSTR_FOREIGN')
    .flatMap((c) => {
      const parent = rangeVar(c.pktable);
      return parent ? [{ child, parent, notValid: c.skip_validation === true }] : [];
    });
}

function alterCommand(cmd: Node, table: RelationRef, fks: NonNullable<StatementFacts['foreignKeys']>): AlterCommand {
  const subtype = str(cmd.subtype) ?? 'unknown';
  const def = obj(cmd.def);
  const out: AlterCommand = { subtype, column: str(cmd.name) };
  if (subtype === 'AT_AddColumn') {
    const col = obj(def?.ColumnDef);
    out.column = str(col?.colname);
    out.rewriteCause = columnRewriteCause(col);
    fks.push(...foreignKeysOf(table, constraintsOf(col)));
    // An inline UNIQUE, PRIMARY KEY, CHECK or REFERENCES is checked against every row as its ADD CONSTRAINT form is.
    const inline = new Set(constraintsOf(col).map((c) => CONSTRAINT_KIND[str(c.contype) ?? '']));
    out.constraint = INLINE_ORDER.find((kind) => inline.has(kind));
    if (needsValueForEveryRow(col)) out.needsValueForEveryRow = true;
  } else if (subtype === 'AT_AlterColumnType') {
    const names = arr(obj(obj(def?.ColumnDef)?.typeName)?.names)
      .map((n) => str(obj(obj(n)?.String)?.sval))
      .filter((s) => s && s !== 'pg_catalog');
    out.rewriteCause = `type change of column ${out.column ?? '?'} to ${names.join('.') || 'another type'}`;
  } else if (subtype === 'AT_SetLogged' || subtype === 'AT_SetUnLogged') {
    out.rewriteCause = subtype === 'AT_SetLogged' ? 'SET LOGGED' : 'SET UNLOGGED';
  } else if (subtype === 'AT_SetTableSpace') {
    out.rewriteCause = 'SET TABLESPACE';
  } else if (subtype === 'AT_SetAccessMethod') {
    out.rewriteCause = 'SET ACCESS METHOD';
  } else if (subtype === 'AT_AddConstraint') {
    const c = obj(def?.Constraint);
    if (c) {
      out.constraint = CONSTRAINT_KIND[str(c.contype) ?? ''];
      out.constraintName = str(c.conname);
      out.notValid = c.skip_validation === true || c.initially_valid === false;
      out.usingIndex = !!str(c.indexname);
      const parent = c.contype === 'CONSTR_FOREIGN' ? rangeVar(c.pktable) : undefined;
      if (parent) {
        out.references = parent;
        fks.push({ child: table, parent, notValid: out.notValid });
      }
    }
  }
  return out;
}

const NOT_DDL = new Set([
  'SelectStmt',
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
  'MergeStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'TransactionStmt',
  'CopyStmt',
  'NotifyStmt',
  'DoStmt',
  'CallStmt',
  'ExplainStmt',
  'LockStmt',
  'CommentStmt',
  'unknown',
]);

/** Facts of one parse node (`{ IndexStmt: {...} }`); without one (no parser), only the kind `unknown`. */
export function statementFacts(node: Record<string, unknown> | undefined, text: string): StatementFacts {
  const [kind = 'unknown'] = node ? Object.keys(node) : [];
  const s = obj(node?.[kind]) ?? {};
  const facts: StatementFacts = { kind, ddl: !NOT_DDL.has(kind) };
  if (!node && /^\s*(CREATE|ALTER|DROP)\b/i.test(text)) facts.ddl = true;
  switch (kind) {
    case 'IndexStmt':
    case 'CreateTrigStmt':
    case 'ClusterStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
      facts.table = rangeVar(s.relation);
      if (kind === 'IndexStmt') facts.concurrent = s.concurrent === true;
      if (kind === 'ClusterStmt') facts.rewriteCause = 'CLUSTER';
      if (kind === 'UpdateStmt' || kind === 'DeleteStmt') facts.everyRow = !s.whereClause;
      break;
    case 'AlterTableStmt': {
      facts.table = rangeVar(s.relation);
      if (s.objtype !== 'OBJECT_TABLE' || !facts.table) break;
      const fks: NonNullable<StatementFacts['foreignKeys']> = [];
      const table = facts.table;
      facts.commands = arr(s.cmds)
        .map((c) => obj(obj(c)?.AlterTableCmd))
        .filter((c): c is Node => !!c)
        .map((c) => alterCommand(c, table, fks));
      if (fks.length) facts.foreignKeys = fks;
      break;
    }
    case 'CreateStmt': {
      const child = rangeVar(s.relation);
      if (!child) break;
      const elements = arr(s.tableElts).map((e) => obj(e) ?? {});
      const constraints = [
        ...elements.map((e) => obj(e.Constraint)).filter((c): c is Node => !!c),
        ...elements.flatMap((e) => constraintsOf(obj(e.ColumnDef))),
      ];
      const fks = foreignKeysOf(child, constraints);
      if (fks.length) facts.foreignKeys = fks;
      break;
    }
    case 'RenameStmt': {
      facts.table = rangeVar(s.relation);
      const what =
        s.renameType === 'OBJECT_TABLE' ? 'table' : s.renameType === 'OBJECT_COLUMN' && s.relationType === 'OBJECT_TABLE' ? 'column' : undefined;
      const to = str(s.newname);
      const from = what === 'column' ? str(s.subname) : facts.table?.name;
      if (what && to && from) facts.rename = { what, from, to };
      break;
    }
    case 'DropStmt':
      if (s.removeType === 'OBJECT_TABLE')
        facts.drops = arr(s.objects)
          .map(nameList)
          .filter((r): r is RelationRef => !!r);
      if (s.removeType === 'OBJECT_INDEX') facts.concurrent = s.concurrent === true;
      break;
    case 'VariableSetStmt':
      if (s.name === 'lock_timeout' && s.kind === 'VAR_SET_VALUE') facts.setsLockTimeout = !isZero(arr(s.args)[0]);
      break;
    case 'VacuumStmt':
      if (JSON.stringify(s.options ?? []).includes('"full"')) facts.rewriteCause = 'VACUUM FULL';
      break;
    case 'ReindexStmt':
      facts.rewriteCause = 'REINDEX';
      break;
    case 'SelectStmt': {
      const call = /set_config\s*\(\s*'lock_timeout'\s*,\s*'([^']*)'/i.exec(text);
      if (call) facts.setsLockTimeout = !/^\s*0+\s*(ms|s|min)?\s*$/i.test(call[1]);
      break;
    }
  }
  return facts;
}

function isZero(arg: unknown): boolean {
  const c = obj(obj(arg)?.A_Const);
  if (!c) return false;
  const ival = obj(c.ival);
  if (ival) return !ival.ival;
  const sval = str(obj(c.sval)?.sval);
  return sval !== undefined && /^\s*0+\s*(ms|s|min)?\s*$/i.test(sval);
}

/** Every relation reference in the facts, for resolving them all in one query. */
export function relationRefs(facts: StatementFacts): RelationRef[] {
  return [
    facts.table,
    ...(facts.drops ?? []),
    ...(facts.foreignKeys ?? []).flatMap((f) => [f.child, f.parent]),
    ...(facts.commands ?? []).map((c) => c.references),
  ].filter((r): r is RelationRef => !!r);
}
