import type { StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { onCleanup } from '../cleanup';
import { errorMessage } from './errors';
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

/** Where the Docker engine listens: DOCKER_HOST (unix:// or tcp://), else the usual sockets that exist. */
function engineAddresses(): ({ socketPath: string } | { host: string; port: number })[] {
  const host = process.env.DOCKER_HOST;
  if (host) {
    const unix = /^unix:\/\/(.+)$/.exec(host);
    if (unix) return [{ socketPath: unix[1] }];
    const tcp = /^tcp:\/\/([^:/]+):(\d+)/.exec(host);
    return tcp ? [{ host: tcp[1], port: Number(tcp[2]) }] : [];
  }
  const candidates = ['/var/run/docker.sock', path.join(os.homedir(), '.docker', 'run', 'docker.sock')];
  if (process.env.XDG_RUNTIME_DIR) candidates.push(path.join(process.env.XDG_RUNTIME_DIR, 'docker.sock'));
  return candidates.filter((c) => existsSync(c)).map((socketPath) => ({ socketPath }));
}

/** Whether a Docker engine answers `GET /_ping` within a second: a socket file alone may belong to a stopped engine. */
export async function dockerAvailable(): Promise<boolean> {
  for (const address of engineAddresses()) {
    const answered = await new Promise<boolean>((resolve) => {
      const request = http.get({ ...address, path: '/_ping', timeout: 1_000 }, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      });
      request.on('timeout', () => request.destroy());
      request.on('error', () => {
        resolve(false);
      });
    });
    if (answered) return true;
  }
  return false;
}

/** The last lines a container printed, to say why it stopped; empty when it cannot be read. */
async function containerLogTail(name: string): Promise<string> {
  try {
    const { getContainerRuntimeClient } = await import('./docker-runtime');
    const client = await getContainerRuntimeClient();
    const stream = await client.container.logs(client.container.getById(name), { tail: 5 });
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2_000);
      stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
      stream.on('end', () => {
        clearTimeout(timer);
        resolve();
      });
      stream.on('error', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/[^\x20-\x7e\n]/g, '')
      .trim()
      .split('\n')
      .slice(-5)
      .join(' | ');
  } catch {
    return '';
  }
}

/** Removes a container by name whatever state it is in; quiet when it does not exist. */
async function removeContainer(name: string): Promise<void> {
  try {
    const { getContainerRuntimeClient } = await import('./docker-runtime');
    const client = await getContainerRuntimeClient();
    await client.container.remove(client.container.getById(name), { removeVolumes: true });
  } catch {
    // never created, or already gone
  }
}

/** One line for a failed start that says what happened and what to do. */
function whyNotStarted(image: string, error: unknown, log: string): string {
  const first = errorMessage(error).split('\n')[0];
  if (/ryuk/i.test(first)) {
    return (
      `could not start testcontainers' reaper (testcontainers/ryuk), which removes containers left behind: ${first}. ` +
      'Offline or behind a registry mirror, set TESTCONTAINERS_RYUK_DISABLED=true (migration-guard removes its own container)'
    );
  }
  return `could not start ${image} with Docker: ${first}${log ? `; the container's log ends: ${log}` : ''}`;
}

/**
 * testcontainers, loaded only when used: it is large and the CLI keeps it external, an optional peer dependency that
 * npm does not install by itself (its native ssh2 builds are nothing most users need).
 */
async function dockerRuntime(): Promise<typeof import('./docker-runtime')> {
  try {
    return await import('./docker-runtime');
  } catch (error) {
    // The bundle's chunk loader may drop the code: the message names the module.
    const missing =
      (error as NodeJS.ErrnoException | undefined)?.code === 'MODULE_NOT_FOUND' ||
      /Cannot find module '(@testcontainers\/postgresql|testcontainers)'/.test(String(error));
    if (!missing) throw error;
    throw new InfrastructureError(
      'the docker provider needs testcontainers, an optional peer dependency: npm install testcontainers@~11.14.0 @testcontainers/postgresql@~11.14.0',
    );
  }
}

export async function startDocker(request: ServerRequest): Promise<PostgresServer> {
  const plan = dockerPlan(request);
  const { PostgreSqlContainer } = await dockerRuntime();
  const name = `migration-guard-${process.pid}-${randomBytes(4).toString('hex')}`;
  request.log(`starting ${plan.image} with testcontainers (container ${name})`);
  // Registered before the start: a SIGTERM while the image is pulled or the server boots must not leak the container.
  let container: StartedPostgreSqlContainer | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    if (container) await container.stop().catch(() => removeContainer(name));
    else await removeContainer(name);
  };
  const unregister = onCleanup(`container ${name}`, stop);
  try {
    container = await new PostgreSqlContainer(plan.image)
      .withName(name)
      .withDatabase(plan.database)
      .withUsername(plan.username)
      .withPassword(plan.password)
      .withCommand(plan.command)
      .withTmpFs(plan.tmpfs)
      .start();
  } catch (error) {
    const log = await containerLogTail(name);
    await stop();
    throw new InfrastructureError(whyNotStarted(plan.image, error, log));
  }
  const started = container;
  return {
    provider: 'docker',
    connection: { host: started.getHost(), port: started.getPort(), user: plan.username, password: plan.password, database: plan.database },
    description: `${plan.image} (docker)`,
    stop,
  };
}
