import type { Client } from 'pg';
import { TempFunctions } from '../temp-functions';

/**
 * Three helpers in the session's own temporary schema, each in its file in sql/: one reads the rows of the tables that
 * exist, one tells which of the tables that exist hold no row, one reads the tables a migration touches (plans made
 * once per session). They only read; what inserts rows runs on seeding's own connection (seed-connection.ts).
 */
const SEEDING = new TempFunctions(['mg-seed-rows', 'mg-seed-empty', 'mg-seed-tables'].map((f) => `engine/seed/sql/${f}.sql`));

/** Clients whose named statements a file dropped (DISCARD ALL): they get unnamed ones from then on. */
const discarded = new WeakSet<Client>();

/**
 * A query prepared once per session (planning the catalog queries costs more than running them). A file
 * may DISCARD ALL, which drops prepared statements: the query is then sent unnamed from then on.
 */
export async function prepared(client: Client, name: string, text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }> {
  if (discarded.has(client)) return client.query(text, values);
  try {
    return await client.query({ name, text, values });
  } catch (error) {
    if ((error as { code?: string }).code !== '26000') throw error;
    discarded.add(client);
    return client.query(text, values);
  }
}

/** Runs a query that calls the helpers, installing them first when this session does not have them (yet, or any more). */
export function withSessionFunctions<T>(client: Client, query: () => Promise<T>): Promise<T> {
  return SEEDING.run(client, query);
}

/** An identifier quoted as PostgreSQL's quote_ident would (always quoted: never wrong). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
