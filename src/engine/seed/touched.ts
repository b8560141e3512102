import { parseStatements } from '../../sql/pg-parser';

/** A table as a statement names it: schema-qualified or found through the search_path. */
export interface TableName {
  schema?: string;
  name: string;
}

/** What a file's statements name, and the columns it adds without a default (any row breaks a NOT NULL on those). */
export interface FileTables {
  /** undefined: the statements cannot be read (parse error, DO block, CALL), so every table counts as touched. */
  tables?: TableName[];
  addedWithoutDefault: Set<string>;
  /** Of those, the columns an UPDATE of the file fills: a NOT NULL on them fails only on the rows the backfill left NULL. */
  backfilled: Set<string>;
}

/** Statements whose effect on tables cannot be read from their text. */
const OPAQUE = new Set(['DoStmt', 'CallStmt', 'ExecuteStmt']);

/**
 * The tables a migration's statements name (every RangeVar, and the tables of
 * DROP TABLE), read with PostgreSQL's own grammar. A statement we cannot see
 * into makes the answer "all tables": seeding too much costs time, seeding
 * too little hides a failure.
 */
export function tablesOf(text: string): FileTables {
  const addedWithoutDefault = new Set<string>();
  const backfilled = new Set<string>();
  const parsed = parseStatements(text);
  if (!parsed || !parsed.ok) return { addedWithoutDefault, backfilled };
  const found = new Map<string, TableName>();
  let opaque = false;
  const add = (t: TableName) => found.set(`${t.schema ?? ''}.${t.name}`, t);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    // A RangeVar, wrapped ({ RangeVar: {...} }) or as a field (relation, pktable, view, rel): the only node with relname.
    const r = node as { schemaname?: unknown; relname?: unknown };
    if (typeof r.relname === 'string') add({ schema: typeof r.schemaname === 'string' ? r.schemaname : undefined, name: r.relname });
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (OPAQUE.has(key)) opaque = true;
      if (key === 'DropStmt') droppedTables(value).forEach(add);
      if (key === 'AlterTableCmd') noteAddedColumn(value, addedWithoutDefault);
      if (key === 'UpdateStmt') for (const c of assignedColumns(value)) if (addedWithoutDefault.has(c)) backfilled.add(c);
      visit(value);
    }
  };
  for (const s of parsed.statements) visit(s.node);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- visit() above sets it; the rule does not follow closures
  return { tables: opaque ? undefined : [...found.values()], addedWithoutDefault, backfilled };
}

/** The columns an UPDATE's SET names. */
function assignedColumns(value: unknown): string[] {
  const update = value as { targetList?: { ResTarget?: { name?: string } }[] };
  return (update.targetList ?? []).flatMap((t) => (t.ResTarget?.name ? [t.ResTarget.name] : []));
}

function droppedTables(value: unknown): TableName[] {
  const drop = value as { removeType?: string; objects?: { List?: { items?: { String?: { sval?: string } }[] } }[] };
  if (drop.removeType !== 'OBJECT_TABLE') return [];
  return (drop.objects ?? []).flatMap((o) => {
    const parts = (o.List?.items ?? []).map((i) => i.String?.sval ?? '');
    const name = parts.at(-1);
    return name ? [{ schema: parts.length > 1 ? parts.at(-2) : undefined, name }] : [];
  });
}

/** ADD COLUMN c ... without DEFAULT, identity or generation: every existing row gets NULL in c. */
function noteAddedColumn(value: unknown, into: Set<string>): void {
  const cmd = value as { subtype?: string; def?: { ColumnDef?: { colname?: string; constraints?: { Constraint?: { contype?: string } }[] } } };
  const def = cmd.def?.ColumnDef;
  if (cmd.subtype !== 'AT_AddColumn' || !def?.colname) return;
  const fills = (def.constraints ?? []).some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.Constraint?.contype ?? ''));
  if (!fills) into.add(def.colname);
}

/** Statements that never change a value already in a table (nor delete or move a row), whatever they name. */
const KEEPS_VALUES = new Set([
  'CreateStmt',
  'IndexStmt',
  'ViewStmt',
  'CreateFunctionStmt',
  'CreateTrigStmt',
  'CommentStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'CreateRangeStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'CreateSchemaStmt',
  'GrantStmt',
  'VariableSetStmt',
]);

/** ALTER TABLE subcommands that keep every existing value (a new column gets values, the others it leaves alone). */
const KEEPING_COMMANDS = new Set([
  'AT_AddColumn',
  'AT_AddConstraint',
  'AT_ColumnDefault',
  'AT_SetNotNull',
  'AT_DropNotNull',
  'AT_DropConstraint',
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_AddIndex',
  'AT_EnableTrig',
  'AT_DisableTrig',
]);

/** Objects whose DROP (without CASCADE, which can drop columns) leaves every table's values as they were. */
const KEEPING_DROPS = new Set(['OBJECT_INDEX', 'OBJECT_VIEW', 'OBJECT_FUNCTION', 'OBJECT_TRIGGER', 'OBJECT_SEQUENCE', 'OBJECT_TYPE']);

/**
 * Whether every statement of an up leaves the values of existing rows as they were (only new objects, new columns,
 * constraints, indexes...): the rows after it are then the rows before it, on the columns they had, and need no
 * reading (seeder.ts). False whenever in doubt: DML, type changes, renames, drops of columns or tables, CASCADE,
 * DO blocks, function calls, or text that does not parse.
 */
export function keepsRowValues(text: string): boolean {
  const parsed = parseStatements(text);
  if (!parsed || !parsed.ok) return false;
  return parsed.statements.every((s) => {
    const [kind, body] = Object.entries(s.node)[0] ?? [];
    if (!kind) return true; // an empty statement
    if (KEEPS_VALUES.has(kind)) return true;
    if (kind === 'AlterTableStmt') {
      const cmds = (body as { cmds?: { AlterTableCmd?: { subtype?: string; behavior?: string } }[] }).cmds ?? [];
      return cmds.every((c) => KEEPING_COMMANDS.has(c.AlterTableCmd?.subtype ?? '') && c.AlterTableCmd?.behavior !== 'DROP_CASCADE');
    }
    if (kind === 'DropStmt') {
      const drop = body as { removeType?: string; behavior?: string };
      return KEEPING_DROPS.has(drop.removeType ?? '') && drop.behavior !== 'DROP_CASCADE';
    }
    return false;
  });
}
