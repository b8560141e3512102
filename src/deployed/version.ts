import { Client } from 'pg';
import { InfrastructureError } from '../servers/provider';
import type { DeployedState, MigrationFormat } from '../formats/format';
import { ConnectionError, parseConnection } from '../settings/connection';
import type { DeployedSchema } from './facts';
import type { Rehearsal } from './rehearsal';

/** Our own queries on the deployed database are a few small reads: a server that takes longer than this is stuck. */
const QUERY_TIMEOUT_MS = 15_000;

/** What a deployed database's version table says. */
export interface DeployedVersion extends DeployedState {
  /** The URL with its password redacted, for messages. */
  where: string;
  /** The schema compared with the migrations' (drift, unversioned, dirty diagnosis); absent with drift off. */
  schema?: DeployedSchema;
  /** What the pending migrations did on rehearsal-database-url. */
  rehearsal?: Rehearsal;
}

/**
 * Reads the version a deployed database is at, inside a READ ONLY transaction
 * that is rolled back: the release gate's source of truth is never written.
 * Every failure is one line naming the cause.
 */
export async function readDeployedVersion(format: MigrationFormat, url: string, table: string): Promise<DeployedVersion> {
  let connection;
  try {
    connection = parseConnection(url, 'target-database-url');
  } catch (error) {
    if (error instanceof ConnectionError) throw new InfrastructureError(error.message);
    throw error;
  }
  const where = connection.shown;
  // query_timeout is client-side: it also ends a query to a server that stopped answering altogether.
  const client = new Client({ ...connection.config, query_timeout: QUERY_TIMEOUT_MS, application_name: 'migration-guard (read-only)' });
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
    const notNumber = error instanceof SyntaxError && /Cannot convert (.*) to a BigInt/.exec(e.message);
    if (notNumber) {
      throw new InfrastructureError(
        `the version table ${table} in the target database ${where} holds a version that is not a number (${notNumber[1].slice(0, 40)}); ` +
          `check that migrations-table names ${format.words.label}'s table`,
      );
    }
    if (e.code === '42P01') {
      throw new InfrastructureError(
        `the target database ${where} has no table ${table}: ${format.words.label} has not run there, or migrations-table names another table`,
      );
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
