import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

/**
 * Resolves once the throw-away cluster of the migration-guard process `child` (migration-guard-<pid>-* in `dirs`)
 * runs a statement matching `pattern`: the event a test that interrupts a run waits for, instead of a guess in
 * milliseconds. Rejects when the process ends first, or after `timeoutMs` (generous: a loaded machine is slow, never
 * wrong).
 */
export async function whenRunning(
  child: ChildProcess,
  pattern: RegExp,
  { dirs = ['/dev/shm', os.tmpdir()], timeoutMs = 120_000 }: { dirs?: string[]; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const pid = child.pid ?? 0;
  for (;;) {
    for (const cluster of clustersOf(pid, dirs)) if (await runs(cluster, pattern)) return;
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`process ${pid} ended (${child.exitCode ?? child.signalCode}) before a statement matching ${String(pattern)} ran`);
    if (performance.now() > deadline) throw new Error(`no statement matching ${String(pattern)} ran on the cluster of process ${pid}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function clustersOf(pid: number, dirs: string[]): string[] {
  const mine = `migration-guard-${pid}-`;
  return dirs.filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((n) => n.startsWith(mine))
      .map((n) => path.join(d, n)),
  );
}

/** Whether a backend other than ours runs a statement matching `pattern` (false while the server is not up yet). */
async function runs(cluster: string, pattern: RegExp): Promise<boolean> {
  const client = new Client({ host: cluster, port: 5432, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ query: string }>(
      "SELECT query FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    return rows.some((r) => pattern.test(r.query));
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
