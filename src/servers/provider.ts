import type { ClientConfig } from 'pg';

export type ProviderName = 'local' | 'embedded' | 'docker' | 'url';

/** A running PostgreSQL server that migration-guard may create and drop scratch databases on. */
export interface PostgresServer {
  provider: ProviderName;
  /** How to reach the server's maintenance database (never migrated). */
  connection: ClientConfig;
  /** Server version as reported by `SHOW server_version`, filled in once connected. */
  description: string;
  /** Local clusters: every line the server writes to its log (stderr) from now on, until the returned function is called. */
  onLog?: (listener: (line: string) => void) => () => void;
  /** A pull request's base state kept between runs (base-cache.ts): local clusters only, when the run asked for a key. */
  baseState?: BaseState;
  /** Stops the server and removes everything it created. Safe to call twice. */
  stop(): Promise<void>;
}

export interface BaseState {
  key: string;
  /** The cluster started on the data directory kept under `key`: its database BASE_DATABASE holds the base state. */
  restored: boolean;
  /** When the server stops, keep its data directory under `key` (a database BASE_DATABASE must hold the state then). */
  keepOnStop(): void;
}

export interface ServerRequest {
  /** Requested major version (e.g. "16"), or undefined for any. */
  version?: string;
  image?: string;
  databaseUrl?: string;
  log: (message: string) => void;
  /** scope: changed: the key of the base state a local cluster may start from and keep (base-cache.ts). */
  baseKey?: string;
}

/** Infrastructure could not be set up: the run ends with exit code 2 and this one-line reason. */
export class InfrastructureError extends Error {}
