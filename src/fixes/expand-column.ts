import type { MigrationFile, MigrationSet } from '../formats/migration-set';
import { parseStatements } from '../sql/pg-parser';
import { statementsOf, statementsOfSection, type Statement } from '../sql/text';

/** A name as SQL spells it: quoted, or a bare identifier; the table's optionally schema-qualified. */
const IDENTIFIER = /^(?:"(?:[^"]|"")+"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)/;
const QUALIFIED =
  /^(?:"(?:[^"]|"")+"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*))?/;

/**
 * `ALTER TABLE t ADD [COLUMN] c type [DEFAULT e] [NOT NULL]`, taken apart as the migration wrote it, so that the expand
 * steps can say the same column in the same words: the statement up to the column's constraints (`ALTER TABLE t ADD
 * COLUMN c type`), the default's expression, whether it is NOT NULL.
 */
export interface AddedColumn {
  statement: Statement;
  /** Table and column as written (quoted, qualified). */
  table: string;
  column: string;
  /** Their names unquoted (relname, colname), for a constraint name. */
  tableName: string;
  columnName: string;
  /** `ALTER TABLE ... ADD COLUMN c type`: the statement without its column constraints, no `;`. */
  withoutConstraints: string;
  /** The DEFAULT expression as written. */
  defaultExpression?: string;
  notNull: boolean;
  /** What else the column declares (GENERATED, IDENTITY, UNIQUE, REFERENCES...), which the expand steps cannot split off. */
  others: string[];
}

interface Node {
  [key: string]: unknown;
}

/** Constraint kinds in words, for the reason no fix is written. */
const KINDS: Record<string, string> = {
  CONSTR_GENERATED: 'GENERATED ... STORED (computed for every row as it is added)',
  CONSTR_IDENTITY: 'GENERATED ... AS IDENTITY (numbered for every row as it is added)',
  CONSTR_UNIQUE: 'UNIQUE',
  CONSTR_PRIMARY: 'PRIMARY KEY',
  CONSTR_FOREIGN: 'REFERENCES',
  CONSTR_CHECK: 'CHECK',
  CONSTR_EXCLUSION: 'EXCLUDE',
};

/**
 * The up section's statement at `line`, when it is an ALTER TABLE that adds one column and nothing else; a string
 * says why the statement is not one (undefined: the statement could not be found or read at all).
 */
export function addedColumnAt(up: MigrationFile, line: number): AddedColumn | string | undefined {
  const statement = statementsOfSection(up).find((s) => s.line === line);
  if (!statement) return undefined;
  const text = up.text.slice(statement.start, statement.end).replace(/;\s*$/, '');
  const parsed = parseStatements(text);
  const alter = parsed?.ok ? (parsed.statements[0]?.node.AlterTableStmt as Node | undefined) : undefined;
  const commands = (alter?.cmds as { AlterTableCmd?: Node }[] | undefined) ?? [];
  const command = commands[0]?.AlterTableCmd;
  const def = (command?.def as Node | undefined)?.ColumnDef as Node | undefined;
  if (!alter || !def || command?.subtype !== 'AT_AddColumn') return undefined;
  if (commands.length > 1) return 'the ALTER TABLE does more than add the column; give the column a statement of its own first';
  const bytes = Buffer.from(text, 'utf8');
  const from = (at: number, to = bytes.length) => bytes.subarray(at, to).toString('utf8');
  const relation = alter.relation as Node;
  const table = QUALIFIED.exec(from(relation.location as number))?.[0];
  const column = IDENTIFIER.exec(from(def.location as number))?.[0];
  if (!table || !column) return undefined;
  const constraints = ((def.constraints as { Constraint: Node }[] | undefined) ?? []).map((c) => c.Constraint);
  const starts = constraints.map((c) => c.location as number);
  const end = (i: number) => Math.min(...starts.filter((s) => s > starts[i]), bytes.length);
  const serial = /^(small|big)?serial[248]?$/i.test(typeNameOf(def));
  const declared = constraints.filter((c) => c.contype !== 'CONSTR_DEFAULT' && c.contype !== 'CONSTR_NOTNULL' && c.contype !== 'CONSTR_NULL');
  const defaultIndex = constraints.findIndex((c) => c.contype === 'CONSTR_DEFAULT');
  return {
    statement,
    table,
    column,
    tableName: relation.relname as string,
    columnName: def.colname as string,
    withoutConstraints: from(0, starts.length ? Math.min(...starts) : bytes.length).trimEnd(),
    defaultExpression:
      defaultIndex < 0
        ? undefined
        : from(starts[defaultIndex], end(defaultIndex))
            .replace(/^DEFAULT\s+/i, '')
            .trim(),
    notNull: constraints.some((c) => c.contype === 'CONSTR_NOTNULL'),
    others: [
      ...(serial ? ['a serial type (numbered for every row as it is added)'] : []),
      ...declared.map((c) => KINDS[c.contype as string] ?? 'a constraint'),
    ],
  };
}

/** The type's last name part (`serial`, `pg_catalog.int4` -> `int4`). */
function typeNameOf(def: Node): string {
  const names = ((def.typeName as Node | undefined)?.names as { String?: { sval?: string } }[] | undefined) ?? [];
  return names.at(-1)?.String?.sval ?? '';
}

/**
 * Where the migrations give the column a DEFAULT after it is added (`ALTER TABLE t ALTER [COLUMN] c SET DEFAULT e`
 * later in the same up, or in a later migration's up), said as `DEFAULT e, from file:line`; undefined when none does.
 */
export function defaultSetLater(set: MigrationSet, version: bigint, col: AddedColumn): string | undefined {
  for (const m of set.migrations.filter((k) => k.version >= version)) {
    const up = m.up;
    if (!up || up.absent) continue;
    const after = (s: Statement) => s.start >= up.body.start && s.start < up.body.end && (m.version > version || s.start >= col.statement.end);
    for (const s of statementsOf(up.text).filter(after)) {
      if (s.words[0] !== 'ALTER' || s.words[1] !== 'TABLE' || !/\bSET DEFAULT\b/i.test(s.text)) continue;
      const expression = defaultOf(up.text.slice(s.start, s.end).replace(/;\s*$/, ''), col);
      if (expression) return `DEFAULT ${expression}, from ${up.name}:${s.line}`;
    }
  }
  return undefined;
}

/** The expression of `ALTER COLUMN <col> SET DEFAULT <e>` on the column's table in one ALTER TABLE statement. */
function defaultOf(text: string, col: AddedColumn): string | undefined {
  const parsed = parseStatements(text);
  const alter = parsed?.ok ? (parsed.statements[0]?.node.AlterTableStmt as Node | undefined) : undefined;
  if (!alter || (alter.relation as Node).relname !== col.tableName) return undefined;
  const commands = ((alter.cmds as { AlterTableCmd?: Node }[] | undefined) ?? []).map((c) => c.AlterTableCmd);
  const set = commands.find((c) => c?.subtype === 'AT_ColumnDefault' && c.name === col.columnName && c.def);
  if (!set) return undefined;
  if (commands.length > 1) return 'set';
  const at = /\bSET\s+DEFAULT\s+/i.exec(text);
  return at ? text.slice(at.index + at[0].length).trim() : 'set';
}
