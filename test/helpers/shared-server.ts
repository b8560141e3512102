import { inject } from 'vitest';
import { Client } from 'pg';
import type { PostgresServer } from '../../src/servers/provider';
import type * as SelectProvider from '../../src/servers/select-provider';

/** The version reason a run on the shared server reports (report.postgres.versionReason): a test can tell it was used. */
export const SHARED = 'the tests share one server';

/**
 * The provider module with `startServer` answering the default choice (`auto` or `local`, no version, no URL) with
 * the integration project's shared cluster (test/helpers/shared-server-setup.ts), whose stop() leaves it running: the
 * run then makes its scratch databases on it exactly as on a cluster of its own. Every other choice starts a server
 * as in production. For `vi.mock` of src/servers/select-provider in test files that run the pipeline in-process.
 */
export function withSharedServer(real: typeof SelectProvider): typeof SelectProvider {
  const startServer: typeof real.startServer = async (choice, request) => {
    if ((choice !== 'auto' && choice !== 'local') || request.databaseUrl || request.version) return real.startServer(choice, request);
    return { ...sharedPostgresServer(), versionReason: `the newest PostgreSQL server binaries installed on this machine (${SHARED})` };
  };
  return { ...real, startServer };
}

/** The shared cluster as the local provider gives a server to the engine; stop() leaves it running. */
export function sharedPostgresServer(): PostgresServer {
  const shared = inject('sharedServer');
  return {
    provider: 'local',
    connection: { host: shared.host, port: shared.port, user: 'postgres', database: 'postgres' },
    description: shared.description,
    stop: () => Promise.resolve(),
  };
}

/**
 * The integration project's shared cluster as startTestServer() (test/helpers/cluster.ts) gives a server of the file's
 * own: its socket directory, a URL for --database-url, and a query function. For tests that only add roles or
 * databases of their own to the server (named so that no other file uses the name) and otherwise act as its clients.
 */
export function sharedTestServer(): {
  socket: string;
  url: string;
  query: (sql: string, database?: string) => Promise<Record<string, unknown>[]>;
} {
  const shared = inject('sharedServer');
  const url = `postgresql://postgres@localhost:${shared.port}/postgres?host=${encodeURIComponent(shared.host)}`;
  const query = async (sql: string, database = 'postgres') => {
    const client = new Client({ host: shared.host, port: shared.port, user: 'postgres', database });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  return { socket: shared.host, url, query };
}
