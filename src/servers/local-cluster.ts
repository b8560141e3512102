import { spawn } from 'node:child_process';
import { promises as fs, rmSync } from 'node:fs';
import * as path from 'node:path';
import { onCleanup } from '../cleanup';
import type { Binaries } from './binaries';
import { errorMessage } from './errors';
import { InfrastructureError, type PostgresServer, type ProviderName } from './provider';
import { removeLeftoverClusters, scratchParent } from './scratch-dir';
import { cachedTemplate, INITDB_ARGS } from './template';
import { keepBase, keptBase } from './base-cache';
import { serverAccount } from './unprivileged-user';

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;

/**
 * Creates a throw-away cluster in a fresh temp directory and starts it
 * listening on a unix socket only, with durability off (nothing here must
 * survive a crash). The directory and the server are removed on stop and on
 * every exit path. `settings` are more `name=value` server settings, after ours (the tests' shared server allows
 * more connections).
 */
export async function startCluster(
  binaries: Binaries,
  provider: ProviderName,
  log: (m: string) => void,
  settings: string[] = [],
  baseKey?: string,
): Promise<PostgresServer> {
  const account = await serverAccount(log);
  await removeLeftoverClusters(log); // of runs killed before they could clean up
  // The pid in the name tells whose cluster a directory is, for people and for the leftover tests.
  const parent = await scratchParent();
  const root = await fs.mkdtemp(path.join(parent, `migration-guard-${process.pid}-`)).catch(async (error: unknown) => {
    throw (await diskFull(error, parent, 'creating the cluster directory')) ?? error;
  });
  const data = path.join(root, 'data');
  const removeDir = () => {
    rmSync(root, { recursive: true, force: true });
  };
  let unregister = onCleanup(
    `temp dir ${root}`,
    () => {
      removeDir();
      return Promise.resolve();
    },
    removeDir,
  );
  const ids = account ? { uid: account.uid, gid: account.gid } : {};
  if (account) await fs.chown(root, account.uid, account.gid);
  // PGDATA, PGHOST... in the caller's environment must not redirect the throw-away server.
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG'))),
    LC_ALL: 'C',
    LANG: 'C',
  };

  let from: { template?: string; restored: boolean } = { restored: false };
  try {
    from = await createDataDirectory({ binaries, account, env, ids, parent, data, log, baseKey });
  } catch (error) {
    removeDir();
    unregister();
    throw error instanceof InfrastructureError ? error : new InfrastructureError((error as Error).message);
  }

  const server = spawn(path.join(binaries.bindir, 'postgres'), ['-D', data, '-k', root, ...SERVER_SETTINGS, ...settings.flatMap((s) => ['-c', s])], {
    env,
    ...ids,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output = watchOutput(server);
  let keep = false;
  const stop = stopper(server, () => {
    // Only a clean shutdown leaves a data directory worth starting from (fsync is off: a killed server's may be torn).
    if (keep && server.exitCode === 0 && from.template && baseKey) keepBase(data, from.template, baseKey, log);
    removeDir();
    unregister();
  });
  const kill = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    removeDir();
  };
  unregister();
  unregister = onCleanup(`PostgreSQL in ${root}`, stop, kill);

  try {
    await output.ready;
  } catch (error) {
    await stop();
    throw (
      (await diskFull(error, parent, 'starting PostgreSQL')) ??
      new InfrastructureError(`PostgreSQL ${binaries.version} from ${binaries.bindir} did not start: ${(error as Error).message}`)
    );
  }

  return {
    provider,
    connection: { host: root, port: 5432, user: 'postgres', database: 'postgres' },
    description: `PostgreSQL ${binaries.version} (${provider}, ${binaries.bindir})`,
    ...(baseKey && {
      baseState: {
        key: baseKey,
        restored: from.restored,
        keepOnStop: () => {
          keep = true;
        },
      },
    }),
    onLog: (listener) => {
      output.listeners.add(listener);
      return () => output.listeners.delete(listener);
    },
    stop,
  };
}

/** The throw-away server's settings: a unix socket only, durability off, and nothing left in /dev/shm when it is killed. */
const SERVER_SETTINGS = [
  '-p',
  '5432',
  '-c',
  'listen_addresses=',
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
  '-c',
  'max_connections=30',
  '-c',
  'unix_socket_permissions=0777',
  // Shared memory segments in the data directory, so that a killed server leaves nothing in /dev/shm.
  '-c',
  'dynamic_shared_memory_type=mmap',
];

interface DataDirectoryRequest {
  binaries: Binaries;
  account: Awaited<ReturnType<typeof serverAccount>>;
  env: NodeJS.ProcessEnv;
  ids: { uid?: number; gid?: number };
  parent: string;
  data: string;
  log: (m: string) => void;
  baseKey?: string;
}

/**
 * The cluster's data directory: a copy of the cached initdb template, or of the base state kept under `baseKey` from
 * that template (base-cache.ts), or a fresh initdb when there is no cache. Says which template it came from.
 */
async function createDataDirectory(request: DataDirectoryRequest): Promise<{ template?: string; restored: boolean }> {
  const { binaries, account, env, ids, parent, data, log, baseKey } = request;
  const initdb = (dir: string) => runToCompletion(path.join(binaries.bindir, 'initdb'), ['-D', dir, ...INITDB_ARGS], { env, ...ids });
  const template = await cachedTemplate(binaries, account, initdb).catch(async (error: unknown) => {
    // A full disk fails initdb just the same: say so now instead of trying again and reporting initdb.
    const full = await diskFull(error, parent, 'running initdb for the template cache');
    if (full) throw full;
    log(`no initdb template cache (${errorMessage(error)}); running initdb`);
    return undefined;
  });
  const me = process.getuid?.() ?? 0;
  const base = template && baseKey ? await keptBase(template, baseKey, new Set([me, account?.uid ?? me])) : undefined;
  if (base) log('starting from the base state a previous run of this pull request kept');
  // cp -a keeps the server account's ownership and the 0700 mode PostgreSQL insists on.
  if (template)
    await runToCompletion('cp', ['-a', base ?? template, data], { env }).catch(async (error: unknown) => {
      const full: Error | undefined = await diskFull(error, parent, 'copying the initdb template into the cluster directory');
      throw full ?? new Error(`copying the initdb template failed: ${(error as Error).message}`);
    });
  else
    await initdb(data).catch(async (error: unknown) => {
      const full: Error | undefined = await diskFull(error, parent, 'running initdb');
      throw full ?? new Error(`initdb failed: ${(error as Error).message}`);
    });
  return { template, restored: !!base };
}

/** The server's log lines as they come: the last 40 kept for errors, passed to listeners, and `ready` once it accepts connections. */
function watchOutput(server: ReturnType<typeof spawn>): { ready: Promise<void>; listeners: Set<(line: string) => void> } {
  const logTail: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000}s`));
    }, START_TIMEOUT_MS);
    let buffer = '';
    server.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? ''; // split always gives at least one piece: the unfinished line
      for (const line of lines) {
        for (const listener of listeners) listener(line);
        logTail.push(line);
        if (logTail.length > 40) logTail.shift();
        if (line.includes(READY)) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    server.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited during start-up (${signal ?? `code ${String(code)}`}): ${logTail.slice(-5).join(' | ')}`));
    });
  });
  return { ready, listeners };
}

/** Stops the server once (fast shutdown, SIGKILL after 10 s), then `cleanUp`; later calls do nothing. */
function stopper(server: ReturnType<typeof spawn>, cleanUp: () => void): () => Promise<void> {
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) =>
        server.once('exit', () => {
          resolve();
        }),
      );
      server.kill('SIGINT'); // fast shutdown: abort sessions, no checkpoint wait worth having
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    cleanUp();
  };
}

function runToCompletion(file: string, args: string[], options: Parameters<typeof spawn>[2]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) {
        resolve();
        return;
      }
      // The cause is often above the last lines (initdb ends with "removing data directory"): keep the line that names it.
      const lines = stderr.trim().split('\n');
      const cause = lines.find((l) => NO_SPACE.test(l));
      reject(new Error([...(cause ? [cause] : []), ...lines.slice(-3).filter((l) => l !== cause)].join(' ') || `exit code ${String(code)}`));
    });
  });
}

const NO_SPACE = /No space left on device|ENOSPC|could not extend file|disk full/i;

/**
 * ENOSPC, however it surfaced (Node's error code, initdb's, cp's or the server's "No space left on device"), said as what
 * it is: the disk under the scratch directory is full, with what was being done and how much is free; undefined otherwise.
 */
export async function diskFull(error: unknown, parent: string, doing: string): Promise<InfrastructureError | undefined> {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code !== 'ENOSPC' && !NO_SPACE.test(e?.message ?? '')) return undefined;
  const stats = await fs.statfs(parent).catch(() => undefined);
  const free = stats ? ` (${Math.floor((stats.bavail * stats.bsize) / 1024 ** 2)} MB free)` : '';
  return new InfrastructureError(
    `no space left on device in ${parent}${free} while ${doing}: the disk that holds migration-guard's throw-away clusters is full. ` +
      'Free space there, or set TMPDIR to a directory on a disk with a few hundred MB free',
  );
}
