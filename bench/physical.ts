/**
 * The physical limit shared by the benchmarks: the same up, down and up files on one connection of a server of its
 * own, with no bookkeeping and no checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import type { Binaries } from '../src/servers/binaries';
import { startCluster } from '../src/servers/local-cluster';
import type { PostgresServer } from '../src/servers/provider';

/** Up, down and up text of each migration, in version order. */
export function orderedFiles(dir: string): { up?: string; down?: string }[] {
  const byVersion = new Map<bigint, { up?: string; down?: string }>();
  for (const name of readdirSync(dir)) {
    const m = /^(\d+)_.*\.(up|down)\.sql$/.exec(name);
    if (!m) continue;
    const slot = byVersion.get(BigInt(m[1])) ?? {};
    slot[m[2] as 'up' | 'down'] = readFileSync(path.join(dir, name), 'utf8');
    byVersion.set(BigInt(m[1]), slot);
  }
  return [...byVersion].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, f]) => f);
}

export async function withServer<T>(binaries: Binaries, fn: (server: PostgresServer) => Promise<T>): Promise<T> {
  const server = await startCluster(binaries, 'local', () => undefined);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

export async function freshDatabase(server: PostgresServer): Promise<Client> {
  const admin = new Client(server.connection);
  await admin.connect();
  const name = `bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = new Client({ ...server.connection, database: name });
  client.on('error', () => undefined); // the server stops under an idle client at the end of a measurement
  await client.connect();
  return client;
}

/** (b) The physical limit: the same files, up, down, up, on one connection, no bookkeeping, no checks. */
export async function physicalLimit(server: PostgresServer, files: { up?: string; down?: string }[]): Promise<number> {
  const client = await freshDatabase(server);
  const started = performance.now();
  for (const f of files) {
    if (f.up) await client.query(f.up).catch(() => undefined);
    if (f.down) await client.query(f.down).catch(() => undefined);
    if (f.up && f.down) await client.query(f.up).catch(() => undefined);
  }
  const ms = performance.now() - started;
  await client.end();
  return ms;
}
