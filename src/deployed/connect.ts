import { Client } from 'pg';
import { InfrastructureError } from '../servers/provider';
import { ConnectionError, parseConnection, type Connection } from '../connection';

/** Our own queries on a deployed database are a few catalog reads: a server that takes longer than this is stuck. */
export const READ_TIMEOUT_MS = 15_000;

/** A connection string as node-pg settings; an unusable one is an infrastructure problem naming the input. */
export function connectionOf(url: string, input: string): Connection {
  try {
    return parseConnection(url, input);
  } catch (error) {
    if (error instanceof ConnectionError) throw new InfrastructureError(error.message);
    throw error;
  }
}

/**
 * Runs `read` inside ONE transaction that can only read: BEGIN READ ONLY,
 * a statement timeout local to it, then ROLLBACK whatever happens. Nothing is
 * created, not even a temporary object; the only statements sent besides
 * those three are `read`'s SELECTs.
 */
export async function readOnly<T>(url: string, input: string, read: (client: Client, where: string) => Promise<T>): Promise<T> {
  const connection = connectionOf(url, input);
  const where = connection.shown;
  // query_timeout is client-side: it also ends a query to a server that stopped answering altogether.
  const client = new Client({ ...connection.config, query_timeout: READ_TIMEOUT_MS + 5_000, application_name: 'migration-guard (read-only)' });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const what = input === 'target-database-url' ? 'the target database' : `the database in ${input}`;
    throw new InfrastructureError(`cannot connect to ${what} ${where}: ${(error as Error).message}`);
  }
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`SET LOCAL statement_timeout = '${READ_TIMEOUT_MS}ms'`);
    return await read(client, where);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
