import type { TestProject } from 'vitest/node';
import { findLocalBinaries } from '../../src/servers/binaries';
import { startCluster } from '../../src/servers/local-cluster';

/** What a test worker needs to reach the integration project's one shared PostgreSQL (test/helpers/in-process.ts). */
export interface SharedServer {
  host: string;
  port: number;
  description: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedServer: SharedServer;
  }
}

/**
 * globalSetup of the integration project: one local cluster, started as the local provider starts it, for the fixture
 * tables that run the check pipeline in-process; each run makes its own scratch databases on it. Stopped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('the integration tests need PostgreSQL server binaries (.ci/run installs them)');
  const server = await startCluster(binaries, 'local', () => undefined);
  project.provide('sharedServer', {
    host: String(server.connection.host),
    port: Number(server.connection.port),
    description: server.description,
  });
  return () => server.stop();
}
