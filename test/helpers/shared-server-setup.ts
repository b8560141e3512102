import { Client } from 'pg';
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
 * The roles tests make on the shared server, made here before any test runs. Roles are cluster-wide, and a run on this
 * server compares them (as on a cluster of its own): one that appeared in the middle of another file's run would show
 * there as left behind. The tests still create them (`EXCEPTION WHEN duplicate_object`), so they also run on a server
 * of their own; a test that needs a role on the shared server adds it here. (url mode adds a role per run: its tests
 * use a server of their own.)
 */
const ROLES = [
  'mg_limited', // bad-input-gets-a-finding-or-one-line: a migration switches to it with SET ROLE
  'no_createdb LOGIN NOCREATEDB', // time-limits-and-interruptions: a --database-url role that cannot create databases
  'reader LOGIN', // target-database: a role that may not read the deployed version table
  'mg_meaning_owner', // catalog-meaning: a migration makes it a table's owner
];

/**
 * globalSetup of the integration project: one local cluster, started as the local provider starts it, for the fixture
 * tables that run the check pipeline in-process; each run makes its own scratch databases on it. Stopped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('the integration tests need PostgreSQL server binaries (.ci/run installs them)');
  // Several files' runs at once, each with a few sessions: more than the 30 connections a run's own cluster allows.
  const server = await startCluster(binaries, 'local', () => undefined, ['max_connections=120']);
  const client = new Client(server.connection);
  await client.connect();
  try {
    for (const role of ROLES) await client.query(`CREATE ROLE ${role}`);
  } finally {
    await client.end();
  }
  project.provide('sharedServer', {
    host: String(server.connection.host),
    port: Number(server.connection.port),
    description: server.description,
  });
  return () => server.stop();
}
