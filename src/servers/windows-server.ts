import { execFile, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { program, type Binaries } from './binaries';

const run = promisify(execFile);

/** A started (or starting) postmaster, however it was launched. */
export interface Launched {
  /** Settles once the server accepts connections, or rejects saying why it did not start. */
  ready: Promise<void>;
  connection: { host: string; port: number };
  /** Stops the server and waits for it. */
  stop(): Promise<void>;
  /** After stop(): whether the server shut down cleanly (a base state is kept only then); absent where it cannot be told. */
  stoppedCleanly?: () => boolean;
  /** Synchronous last resort on exit. */
  kill(): void;
  onLog?: (listener: (line: string) => void) => () => void;
}

/**
 * Windows: `postgres.exe` refuses to run from an administrator's account (GitHub's Windows runners run as one), and
 * `pg_ctl` starts it with a restricted token instead; unix sockets and mmap shared memory are not there, so the server
 * listens on a free loopback port and uses Windows' own shared memory. Its log goes to a file in the cluster directory.
 */
export function launchWithPgCtl(binaries: Binaries, data: string, root: string, settings: string[], env: NodeJS.ProcessEnv): Launched {
  const pgCtl = path.join(binaries.bindir, program('pg_ctl'));
  const logFile = path.join(root, 'server.log');
  const connection = { host: '127.0.0.1', port: 0 };
  const ready = (async () => {
    connection.port = await freePort();
    const options = [
      `-p ${String(connection.port)}`,
      '-c listen_addresses=127.0.0.1',
      ...['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=30', ...settings].map((s) => `-c ${s}`),
    ].join(' ');
    try {
      await run(pgCtl, ['start', '-D', data, '-l', logFile, '-w', '-t', '60', '-o', options], { env, windowsHide: true });
    } catch (error) {
      const tail = (await fs.readFile(logFile, 'utf8').catch(() => '')).trim().split(/\r?\n/).slice(-5).join(' | ');
      throw new Error(`pg_ctl start failed: ${(error as Error).message.split('\n')[0]}${tail ? `; the server's log ends: ${tail}` : ''}`, {
        cause: error,
      });
    }
  })();
  return {
    ready,
    connection,
    stop: async () => {
      await run(pgCtl, ['stop', '-D', data, '-m', 'fast', '-w', '-t', '10'], { env, windowsHide: true }).catch(() =>
        run(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w'], { env, windowsHide: true }).catch(() => undefined),
      );
    },
    kill: () => {
      spawnSync(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w'], { env, windowsHide: true, timeout: 10_000 });
    },
  };
}

/** A loopback port nothing listens on now (the kernel's choice). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}
