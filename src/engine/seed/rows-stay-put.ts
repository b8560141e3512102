import { bodyText, type MigrationFile } from '../../formats/migration-set';
import { parseStatements } from '../../sql/pg-parser';

/**
 * Statements that write no row: they change definitions, and the rows a table holds stay its own (a rewrite copies them
 * in place, a DROP removes them). Run while seeded rows are in the database, they leave those rows where seeding put
 * them, so emptying the tables seeding filled gives the database the run would have without them.
 */
const ROWS_STAY = new Set([
  'CreateStmt',
  'IndexStmt',
  'ViewStmt',
  'CreateFunctionStmt',
  'AlterFunctionStmt',
  'CreateTrigStmt',
  'CreateEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'AlterDomainStmt',
  'AlterEnumStmt',
  'CommentStmt',
  'GrantStmt',
  'GrantRoleStmt',
  'AlterDefaultPrivilegesStmt',
  'RenameStmt',
  'AlterObjectSchemaStmt',
  'AlterOwnerStmt',
  'DropStmt',
  'VariableSetStmt',
  'CreateSchemaStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'TransactionStmt',
  'CreateSeqStmt',
  // An extension's script makes its own objects (and rows in its own tables), the same with or without seeded rows.
  'CreateExtensionStmt',
]);

/** ALTER TABLE commands of the same kind; attaching, detaching or inheriting moves rows between tables, identity numbers them. */
const ALTERS_STAY = new Set([
  'AT_AddColumn',
  'AT_DropColumn',
  'AT_AlterColumnType',
  'AT_ColumnDefault',
  'AT_SetNotNull',
  'AT_DropNotNull',
  'AT_AddConstraint',
  'AT_DropConstraint',
  'AT_ValidateConstraint',
  'AT_AlterConstraint',
  'AT_AddIndex',
  'AT_AddIndexConstraint',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_SetCompression',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ReplicaIdentity',
  'AT_EnableRowSecurity',
  'AT_DisableRowSecurity',
  'AT_ForceRowSecurity',
  'AT_NoForceRowSecurity',
  'AT_ChangeOwner',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_EnableTrig',
  'AT_DisableTrig',
]);

/** Types whose column numbers every row with a sequence when added to a table. */
const SERIAL = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
/** Statements inside which another one writing rows would hide (a WITH of an UPDATE). */
const WRITES = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** A table an UPDATE or DELETE wrote, as the statement names it. */
export interface NamedTable {
  schema?: string;
  name: string;
  /** Written by a DELETE: harmless only on a table seeding filled (an empty table after it may have held rows before). */
  deleted?: true;
}

/**
 * What a step that ran while seeded rows were in the database may have done with them. `why`: it may have put them, or
 * values computed from them, somewhere emptying the seeded tables does not reach (another table, a sequence).
 * `updated`: the tables its UPDATEs and DELETEs wrote, harmless when seeding filled them (their rows are all seeded ones)
 * or an UPDATE's is empty (seeded-rows.ts asks the database). Conservative: any statement outside the lists, or a file the grammar
 * cannot read, counts.
 */
export function rowsMoved(file: MigrationFile): { why?: string; updated: NamedTable[] } {
  const name = `${file.versionText} ${file.direction}`;
  const updated: NamedTable[] = [];
  const parsed = parseStatements(bodyText(file));
  if (!parsed?.ok) return { why: `${name} could not be parsed`, updated };
  for (const { node } of parsed.statements) {
    const [kind = 'unknown'] = Object.keys(node);
    const body = node[kind];
    const writes = kind === 'UpdateStmt' || kind === 'DeleteStmt';
    const why = sequenceUse(body) ?? (kind === 'AlterTableStmt' ? alterMoves(body) : writes ? writeMoves(body, kind, updated) : undefined);
    if (why) return { why: `${name} ${why}`, updated };
    if (!ROWS_STAY.has(kind) && kind !== 'AlterTableStmt' && !writes) return { why: `${name} runs ${kind}`, updated };
  }
  return { updated };
}

/** nextval or setval called, or a column set to its default (which may be one), anywhere in the statement. */
function sequenceUse(node: unknown): string | undefined {
  let found: string | undefined;
  visit(node, (key, value) => {
    if (key === 'SetToDefault') found ??= 'sets a column to its default';
    if (key !== 'FuncCall') return;
    const names = (value as { funcname?: { String?: { sval?: string } }[] }).funcname ?? [];
    const last = names.at(-1)?.String?.sval?.toLowerCase();
    if (last === 'nextval' || last === 'setval') found ??= `calls ${last}`;
  });
  return found;
}

function alterMoves(statement: unknown): string | undefined {
  const cmds = (statement as { cmds?: { AlterTableCmd?: { subtype?: unknown; def?: unknown } }[] }).cmds ?? [];
  for (const c of cmds) {
    const subtype = typeof c.AlterTableCmd?.subtype === 'string' ? c.AlterTableCmd.subtype : 'unknown';
    if (!ALTERS_STAY.has(subtype)) return `runs ALTER TABLE ${subtype}`;
    if (subtype === 'AT_AddColumn' && numbersRows(c.AlterTableCmd?.def)) return 'adds a column a sequence numbers';
  }
  return undefined;
}

/** A serial or identity column: added to a table, it takes a sequence value per row. */
function numbersRows(def: unknown): boolean {
  const column = (
    def as { ColumnDef?: { typeName?: { names?: { String?: { sval?: string } }[] }; constraints?: { Constraint?: { contype?: string } }[] } }
  ).ColumnDef;
  const type = column?.typeName?.names?.at(-1)?.String?.sval?.toLowerCase() ?? '';
  return SERIAL.has(type) || (column?.constraints ?? []).some((c) => c.Constraint?.contype === 'CONSTR_IDENTITY');
}

function writeMoves(statement: unknown, kind: string, updated: NamedTable[]): string | undefined {
  const keys: string[] = [];
  visit((statement as { withClause?: unknown }).withClause, (key) => keys.push(key));
  if (keys.some((k) => WRITES.has(k))) return 'writes rows in a WITH';
  const relation = (statement as { relation?: { schemaname?: string; relname?: string } }).relation;
  if (!relation?.relname) return 'writes a table it does not name';
  updated.push({
    ...(relation.schemaname && { schema: relation.schemaname }),
    name: relation.relname,
    ...(kind === 'DeleteStmt' && { deleted: true as const }),
  });
  return undefined;
}

function visit(node: unknown, seen: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) visit(n, seen);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    seen(key, value);
    visit(value, seen);
  }
}

/**
 * What a failed step did outside its transaction, which its rollback keeps and a second run would meet: statements that
 * commit on their own (CREATE INDEX CONCURRENTLY leaves an invalid index when it fails), session state, other sessions.
 */
const OUTSIDE_TRANSACTION = /\b(concurrently|vacuum|reindex|system|database|tablespace|prepare|listen|dblink\w*|pg_advisory_lock\w*|pg_notify)\b/i;

/**
 * Why a failed step may have left something behind: a file that manages its own transactions, or is sent in several
 * pieces that commit one by one, or does work a rollback does not undo. Undefined: the rollback took everything back.
 */
export function whyFailureLeftSomething(file: MigrationFile, ownTransaction: boolean): string | undefined {
  const { transaction, units } = file.execution;
  if (ownTransaction) return `${file.name} commits on its own`;
  if (transaction === 'implicit' && units.length > 1) return `${file.name} is sent in pieces`;
  if (OUTSIDE_TRANSACTION.test(bodyText(file))) return `${file.name} does work a rollback keeps`;
  return undefined;
}
