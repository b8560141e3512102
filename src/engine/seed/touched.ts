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
  const parsed = parseStatements(text);
  if (!parsed || !parsed.ok) return { addedWithoutDefault };
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
      visit(value);
    }
  };
  for (const s of parsed.statements) visit(s.node);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- visit() above sets it; the rule does not follow closures
  return { tables: opaque ? undefined : [...found.values()], addedWithoutDefault };
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
