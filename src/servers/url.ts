import { parse } from 'pg-connection-string';
import type { ClientConfig } from 'pg';
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
    stop: async () => undefined,
  };
}

/** A postgres:// URL as node-pg connection settings; `input` names the setting in the error. */
export function clientConfigFromUrl(databaseUrl: string, input: string): ClientConfig {
  try {
    const parsed = parse(databaseUrl);
    return { ...(parsed as ClientConfig), port: parsed.port ? Number(parsed.port) : undefined };
  } catch (error) {
    throw new InfrastructureError(`${input} is not a valid PostgreSQL URL: ${(error as Error).message}`);
  }
}

/** The URL with its password replaced, for logs and reports. */
export function redactUrl(databaseUrl: string): string {
  try {
    const u = new URL(databaseUrl);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return databaseUrl.replace(/:[^:@/]*@/, ':***@');
  }
}

/** The password in a URL, so that reporters can mask it. */
export function urlPassword(databaseUrl: string): string | undefined {
  try {
    return decodeURIComponent(new URL(databaseUrl).password) || undefined;
  } catch {
    return undefined;
  }
}
