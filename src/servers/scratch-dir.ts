import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processAlive as alive } from './leftovers';

/** Memory-backed and shared by every Linux process; GitHub's Ubuntu runners mount it with half the RAM. */
const SHARED_MEMORY = '/dev/shm';
const MIN_FREE_BYTES = 1024 ** 3;

let chosen: Promise<string> | undefined;

/**
 * Where throw-away clusters and their template live: /dev/shm when it is a
 * writable tmpfs with at least 1 GB free (a cluster written to memory starts
 * and runs several times faster than one on a disk that is not cached), else
 * the temp directory.
 */
export function scratchParent(): Promise<string> {
  chosen ??= (async () => {
    try {
      const stats = await fs.statfs(SHARED_MEMORY);
      const TMPFS_MAGIC = 0x01021994;
      await fs.access(SHARED_MEMORY, fs.constants.W_OK);
      if (stats.type === TMPFS_MAGIC && stats.bavail * stats.bsize >= MIN_FREE_BYTES) return SHARED_MEMORY;
    } catch {
      // not Linux, or no /dev/shm
    }
    return os.tmpdir();
  })();
  return chosen;
}

/** `migration-guard-<pid>-XXXXXX`: a cluster directory of the process with that pid (local-cluster.ts). */
const CLUSTER_DIR = /^migration-guard-(\d+)-[A-Za-z0-9]{6}$/;

/** The parent pid and command line of a process, from /proc (Linux); undefined when it is gone. */
async function processInfo(pid: number): Promise<{ ppid: number; cmdline: string } | undefined> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain anything.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ');
    return { ppid, cmdline };
  } catch {
    return undefined;
  }
}

/**
 * Removes clusters of runs that were killed (SIGKILL: no cleanup ran): a
 * directory whose owning process (the pid in its name) is gone, or whose
 * postmaster's parent is no longer that process. Its postmaster, if still
 * running, is stopped first (immediate shutdown, then SIGKILL). Says what it
 * removed in one line; never throws.
 */
export async function removeLeftoverClusters(log: (message: string) => void): Promise<void> {
  const parents = [...new Set([await scratchParent(), os.tmpdir()])];
  const removed: string[] = [];
  for (const parent of parents) {
    const names = await fs.readdir(parent).catch(() => [] as string[]);
    for (const name of names) {
      const owner = Number(CLUSTER_DIR.exec(name)?.[1]);
      if (!owner || owner === process.pid) continue;
      const root = path.join(parent, name);
      const data = path.join(root, 'data');
      const postmaster = Number((await fs.readFile(path.join(data, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
      // Only a postgres process serving this very directory is ours to stop (the pid may have been reused).
      const server = postmaster ? await processInfo(postmaster) : undefined;
      const serving = server && /postgres/.test(server.cmdline) && server.cmdline.includes(data) ? server : undefined;
      if (alive(owner) && (!serving || serving.ppid === owner)) continue;
      if (serving) await stopProcess(postmaster);
      // Another user's directory in a shared temp directory may not be ours to remove: then it is not named.
      if (
        !(await fs.rm(root, { recursive: true, force: true }).then(
          () => true,
          () => false,
        ))
      )
        continue;
      removed.push(serving ? `${root} (and its server, pid ${postmaster})` : root);
    }
  }
  if (removed.length) log(`removed leftovers of killed runs: ${removed.join(', ')}`);
}

async function stopProcess(pid: number): Promise<void> {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(pid, s);
    } catch {
      /* gone */
    }
  };
  signal('SIGQUIT'); // immediate shutdown: the cluster is thrown away
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) signal('SIGKILL');
}
