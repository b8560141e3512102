import type { Client } from 'pg';
import type { KnownRelation } from './probe';

/**
 * Empties the existing tables inside the rolled-back observation pass, so that it sees them as the run without seeded
 * rows does (a hazard is reported even when rows make the statement fail, and a statement rows break does not end the
 * pass early, leaving later statements to the static prediction).
 *
 * A superuser turns triggers and foreign keys off meanwhile (session_replication_role). Any other role (the temporary
 * role of a supplied server) deletes the referencing tables before the tables they reference, with foreign keys and
 * triggers on: everything happens in the transaction that is rolled back. DELETE takes ROW EXCLUSIVE, which blocks
 * neither reads nor writes, so the locks observed afterwards are not hidden. Where both fail (a reference cycle, a
 * trigger that refuses deletes) the rows stay, and the pass is as it was before.
 */
export async function withoutRows(client: Client, before: KnownRelation[]): Promise<void> {
  const tables = before.filter((r) => r.kind === 'r');
  if (!tables.length) return;
  const deletes = (order: KnownRelation[]) => order.map((r) => `DELETE FROM ONLY ${r.name}`).join('; ');
  if (await attempt(client, `SET LOCAL session_replication_role = replica; ${deletes(tables)}; SET LOCAL session_replication_role = origin`)) return;
  await attempt(client, deletes(await referencingFirst(client, tables)));
}

/** Runs `sql` under a savepoint; false (and nothing changed) when it fails. */
async function attempt(client: Client, sql: string): Promise<boolean> {
  await client.query('SAVEPOINT migration_guard_rows');
  try {
    await client.query(sql);
    await client.query('RELEASE SAVEPOINT migration_guard_rows');
    return true;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT migration_guard_rows');
    return false;
  }
}

/** The tables ordered so that each comes after every table whose foreign key references it (children first). */
async function referencingFirst(client: Client, tables: KnownRelation[]): Promise<KnownRelation[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    "SELECT conrelid::bigint AS child, confrelid::bigint AS parent FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid <> confrelid",
  );
  const children = new Map<number, number[]>();
  for (const r of rows) children.set(Number(r.parent), [...(children.get(Number(r.parent)) ?? []), Number(r.child)]);
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const seen = new Set<number>();
  const out: KnownRelation[] = [];
  const visit = (oid: number) => {
    if (seen.has(oid)) return;
    seen.add(oid);
    for (const child of children.get(oid) ?? []) visit(child);
    const table = byOid.get(oid);
    if (table) out.push(table);
  };
  for (const t of tables) visit(t.oid);
  return out;
}

/**
 * Statements whose observation rows can change only by making them fail: they lock, rewrite and scan the same
 * relations whether or not the tables hold rows, and run no code per row that could reach other tables (no DML,
 * no foreign key validated against a parent's rows, no DO, CALL or extension script). A section made only of them is
 * replayed with the rows in place, and again with them hidden only when it fails: emptying every table costs more
 * than the rest of the pass.
 */
const ROW_BLIND = new Set([
  'CreateStmt',
  'IndexStmt',
  'ViewStmt',
  'CreateFunctionStmt',
  'CreateTrigStmt',
  'CreateEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'AlterEnumStmt',
  'CommentStmt',
  'GrantStmt',
  'RenameStmt',
  'DropStmt',
  'VariableSetStmt',
  'CreateSchemaStmt',
]);
const ROW_BLIND_ALTERS = new Set([
  'AT_AddColumn',
  'AT_DropColumn',
  'AT_AlterColumnType',
  'AT_ColumnDefault',
  'AT_SetNotNull',
  'AT_DropNotNull',
  'AT_DropConstraint',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_SetCompression',
  'AT_EnableTrig',
  'AT_DisableTrig',
]);

export function rowsMatterOnlyOnFailure(statements: { kind: string; commands?: { subtype: string; constraint?: string }[] }[]): boolean {
  return statements.every((f) => {
    if (f.kind === 'AlterTableStmt')
      return (f.commands ?? []).every(
        (c) => ROW_BLIND_ALTERS.has(c.subtype) || (c.subtype === 'AT_AddConstraint' && c.constraint !== undefined && c.constraint !== 'foreign key'),
      );
    return ROW_BLIND.has(f.kind);
  });
}
