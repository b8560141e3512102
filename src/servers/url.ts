import type { ClientConfig } from 'pg';
import { ConnectionError, parseConnection } from '../connection';
import { InfrastructureError, type PostgresServer } from './provider';

/**
 * An existing server given by URL. migration-guard only ever writes to scratch
 * databases it creates there (see scratch.ts); the URL's own database is used
 * to create and drop them and is never migrated.
 */
export function urlServer(databaseUrl: string): PostgresServer {
  const connection = clientConfigFromUrl(databaseUrl, 'database-url');
  return {
    provider: 'url',
    connection: { ...connection, database: connection.database || 'postgres' },
    description: `${redactUrl(databaseUrl)} (url)`,
    stop: () => Promise.resolve(),
  };
}

/** A connection string (URL or key=value, PG* variables and .pgpass filling the gaps) as node-pg settings; `input` names the setting. */
export function clientConfigFromUrl(databaseUrl: string, input: string): ClientConfig {
  try {
    return parseConnection(databaseUrl, input).config;
  } catch (error) {
    if (error instanceof ConnectionError) throw new InfrastructureError(error.message);
    throw error;
  }
}

/** The URL with its password replaced, for logs and reports. */
export function redactUrl(databaseUrl: string): string {
  try {
    return parseConnection(databaseUrl, 'connection string').shown;
  } catch {
    return '(connection string)';
  }
}

/** The password in a URL, so that reporters can mask it. */
export function urlPassword(databaseUrl: string): string | undefined {
  try {
    return parseConnection(databaseUrl, 'connection string').password;
  } catch {
    return undefined;
  }
}
