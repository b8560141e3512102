import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Binaries {
  bindir: string;
  /** Full version, e.g. "15.18". */
  version: string;
  major: string;
}

/** A program's file name on this platform: `postgres.exe` on Windows. */
export function program(name: string): string {
  return process.platform === 'win32' ? `${name}.exe` : name;
}

export async function binariesIn(bindir: string): Promise<Binaries | undefined> {
  const postgres = path.join(bindir, program('postgres'));
  const initdb = path.join(bindir, program('initdb'));
  if (!(await executable(postgres)) || !(await executable(initdb))) return undefined;
  try {
    const { stdout } = await run(postgres, ['--version']);
    const version = /(\d+(?:\.\d+)?)/.exec(stdout)?.[1];
    if (!version) return undefined;
    return { bindir, version, major: version.split('.')[0] };
  } catch {
    return undefined;
  }
}

/**
 * Server binaries installed on this machine: PATH, `pg_config --bindir`, and
 * Debian/Ubuntu's /usr/lib/postgresql/<major>/bin (where GitHub's runners keep them),
 * newest major first.
 */
export async function findLocalBinaries(): Promise<Binaries[]> {
  const dirs = new Set<string>();
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) dirs.add(dir);
  try {
    const { stdout } = await run('pg_config', ['--bindir']);
    if (stdout.trim()) dirs.add(stdout.trim());
  } catch {
    // pg_config is optional.
  }
  for (const root of ['/usr/lib/postgresql', '/usr/local/pgsql']) {
    const majors = await fs.readdir(root).catch(() => [] as string[]);
    for (const major of majors) dirs.add(path.join(root, major, 'bin'));
    dirs.add(path.join(root, 'bin'));
  }
  // The same installation is often reachable through several directories (PATH symlinks, pg_config).
  const byVersion = new Map<string, Binaries>();
  for (const dir of dirs) {
    const b = await binariesIn(dir);
    if (b && !byVersion.has(b.version)) byVersion.set(b.version, b);
  }
  return [...byVersion.values()].sort((a, b) => Number(b.major) - Number(a.major));
}

/** The first candidate whose major version matches, or any when none was requested. */
export function pickBinaries(candidates: Binaries[], major?: string): Binaries | undefined {
  return major ? candidates.find((b) => b.major === major) : candidates[0];
}

async function executable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fs.constants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
