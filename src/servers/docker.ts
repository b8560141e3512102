import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onCleanup } from '../cleanup';
import { InfrastructureError, type PostgresServer, type ServerRequest } from './provider';

/** The one place the default image is chosen; tests reuse it. */
export const DEFAULT_DOCKER_MAJOR = '17';

export interface DockerPlan {
  image: string;
  database: string;
  username: string;
  password: string;
  /** Durability off and the data directory on tmpfs: nothing must survive. */
  command: string[];
  tmpfs: Record<string, string>;
}

export function dockerPlan(request: Pick<ServerRequest, 'image' | 'version'>): DockerPlan {
  return {
    image: request.image || `postgres:${request.version || DEFAULT_DOCKER_MAJOR}-alpine`,
    database: 'postgres',
    username: 'postgres',
    password: 'migration-guard',
    command: ['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    tmpfs: { '/var/lib/postgresql/data': 'rw' },
  };
}

/** Whether a Docker engine socket is visible, without starting anything. */
export function dockerAvailable(): boolean {
  if (process.env.DOCKER_HOST) return true;
  const candidates = ['/var/run/docker.sock', path.join(os.homedir(), '.docker', 'run', 'docker.sock')];
  if (process.env.XDG_RUNTIME_DIR) candidates.push(path.join(process.env.XDG_RUNTIME_DIR, 'docker.sock'));
  return candidates.some((c) => existsSync(c));
}

export async function startDocker(request: ServerRequest): Promise<PostgresServer> {
  const plan = dockerPlan(request);
  // Loaded only when used: testcontainers is large and the CLI keeps it external.
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  request.log(`starting ${plan.image} with testcontainers`);
  let started;
  try {
    started = await new PostgreSqlContainer(plan.image)
      .withDatabase(plan.database)
      .withUsername(plan.username)
      .withPassword(plan.password)
      .withCommand(plan.command)
      .withTmpFs(plan.tmpfs)
      .start();
  } catch (error) {
    throw new InfrastructureError(`could not start ${plan.image} with Docker: ${(error as Error).message.split('\n')[0]}`);
  }
  const container = started;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await container.stop();
    unregister();
  };
  const unregister = onCleanup(`container ${plan.image}`, stop);
  return {
    provider: 'docker',
    connection: { host: container.getHost(), port: container.getPort(), user: plan.username, password: plan.password, database: plan.database },
    description: `${plan.image} (docker)`,
    stop,
  };
}
