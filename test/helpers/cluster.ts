import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { findLocalBinaries } from '../../src/servers/binaries';
import { startCluster } from '../../src/servers/local-cluster';
import type { PostgresServer } from '../../src/servers/provider';

/**
 * One real PostgreSQL per test file (the local provider itself); tests get fresh scratch databases on it. `settings`:
 * more `name=value` server settings, for what the shared server does not have (e.g. max_prepared_transactions).
 */
export async function startTestServer(settings: string[] = []): Promise<{
  server: PostgresServer;
  url: string;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
}> {
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('the tests need PostgreSQL server binaries (.ci/run installs them)');
  const server = await startCluster(binaries, 'local', () => undefined, settings);
  const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(String(server.connection.host))}`;
  const query = async (sql: string) => {
    const client = new Client(server.connection);
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  return { server, url, query };
}

/**
 * Stops what startTestServer() started, for afterAll. The variable a test file keeps it in is still unset when beforeAll
 * failed before the server started; that failure is the one to read, not a TypeError from afterAll.
 */
export async function stopTestServer(started: PostgresServer | { server: PostgresServer } | undefined): Promise<void> {
  if (!started) return;
  await ('server' in started ? started.server : started).stop();
}

/** A migrations directory written from `{ fileName: content }`. */
export function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-migrations-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}
