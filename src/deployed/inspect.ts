import type { MigrationFormat } from '../formats/format';
import { InfrastructureError } from '../servers/provider';
import { readCatalog, type CatalogRead } from '../catalog/read-catalog';
import { readOnly } from './connect';
import { readIdentity, type DatabaseIdentity } from './identity';
import type { DeployedVersion } from './version';

/** One read-only look at a deployed database: its version table, its schema, which database it is. */
export interface TargetRead {
  deployed: DeployedVersion;
  catalog?: CatalogRead;
  identity: DatabaseIdentity;
  versionTable: boolean;
  userTables: number;
}

/**
 * Everything read from a deployed database, in ONE read-only transaction (connect.ts): the version table if there is one,
 * the catalog through the engine's snapshot query when `catalog` is asked for, and its identity. Nothing is written.
 */
export async function readTarget(
  format: MigrationFormat,
  url: string,
  table: string,
  options: { catalog: boolean; input: string },
): Promise<TargetRead> {
  return readOnly(url, options.input, async (client, where) => {
    try {
      const { rows } = await client.query<{ exists: boolean; tables: number }>(
        `
        SELECT to_regclass($1) IS NOT NULL AS exists,
          (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p') AND n.nspname !~ '^(pg_|information_schema$)' AND c.oid IS DISTINCT FROM to_regclass($1)::oid
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')) AS tables`,
        [table],
      );
      const versionTable = rows[0].exists;
      if (!versionTable && !options.catalog) {
        throw new InfrastructureError(
          `the target database ${where} has no table ${table}: ${format.words.label} has not run there, or migrations-table names another table`,
        );
      }
      const state = versionTable ? await format.readDeployed(client, table) : { dirty: false, applied: [] };
      const catalog = options.catalog ? await readCatalog(client, table) : undefined;
      const identity = await readIdentity(client);
      return { deployed: { ...state, where }, catalog, identity, versionTable, userTables: rows[0].tables };
    } catch (error) {
      if (error instanceof InfrastructureError) throw error;
      const e = error as { code?: string; message: string };
      const notNumber = error instanceof SyntaxError && /Cannot convert (.*) to a BigInt/.exec(e.message);
      if (notNumber) {
        throw new InfrastructureError(
          `the version table ${table} in the target database ${where} holds a version that is not a number (${notNumber[1].slice(0, 40)}); ` +
            `check that migrations-table names ${format.words.label}'s table`,
        );
      }
      if (e.code === '42501') {
        throw new InfrastructureError(
          `the role in ${options.input} may not read ${table}${options.catalog ? ' or the catalog' : ''} (${e.message}); grant it SELECT on that table`,
        );
      }
      throw new InfrastructureError(`could not read ${options.input} ${where}: ${e.message}`);
    }
  });
}
