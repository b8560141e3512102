import { Client } from 'pg';
import { InfrastructureError } from '../servers/provider';
import type { DeployedState, MigrationFormat } from '../formats/format';
import { clientConfigFromUrl, redactUrl } from '../servers/url';

/** What a deployed database's version table says. */
export interface DeployedVersion extends DeployedState {
  /** The URL with its password redacted, for messages. */
  where: string;
}

/**
 * Reads the version a deployed database is at, inside a READ ONLY transaction
 * that is rolled back: the release gate's source of truth is never written.
 * Every failure is one line naming the cause.
 */
export async function readDeployedVersion(format: MigrationFormat, url: string, table: string): Promise<DeployedVersion> {
  const where = redactUrl(url);
  const config = clientConfigFromUrl(url, 'target-database-url');
  const client = new Client({ ...config, connectionTimeoutMillis: 15_000, application_name: 'migration-guard (read-only)' });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new InfrastructureError(`cannot connect to the target database ${where}: ${(error as Error).message}`);
  }
  try {
    await client.query('BEGIN READ ONLY');
    await client.query("SET LOCAL statement_timeout = '15s'");
    return { ...(await format.readDeployed(client, table)), where };
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === '42P01') {
      throw new InfrastructureError(`the target database ${where} has no table ${table}: ${format.words.label} has not run there, or migrations-table names another table`);
    }
    if (e.code === '42501') {
      throw new InfrastructureError(`the role in target-database-url may not read ${table} (${e.message}); grant it SELECT on that table`);
    }
    throw new InfrastructureError(`could not read ${table} from the target database ${where}: ${e.message}`);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
