import type { ClientConfig } from 'pg';
import { fromKeywords } from './conninfo';
import { ConnectionError } from './errors';
import { ENVIRONMENT, KEYWORDS, type Keywords } from './keywords';
import { passwordFromFile } from './pgpass';
import { describe, describeUrl } from './shown';
import { SSL_MODES, sslConfig } from './tls';
import { fromUrl } from './url';

/**
 * Every connection string form libpq accepts, read in one place: a
 * postgres:// URL, a key=value string (quoting and backslash escapes as
 * libpq's conninfo), the PG* environment variables for what the string leaves
 * out, and a .pgpass entry (passfile, PGPASSFILE or ~/.pgpass) for a missing
 * password. The password found is returned so that callers register it as a
 * secret before anything is printed; `shown` never contains it.
 */
export interface Connection {
  config: ClientConfig;
  /** The password that will be sent, whichever source it came from. */
  password?: string;
  /** postgres://user:***@host:port/db, for messages: never the password. */
  shown: string;
  /** One-line notes a user should read, e.g. what sslmode=require means. */
  notes: string[];
}

/** Connects give up after this long: a listener that never answers must not hang the run. */
export const CONNECT_TIMEOUT_MS = 15_000;

/** `input` names the setting in errors ("input 'database-url'", "--database-url"). */
export function parseConnection(text: string, input: string, env: NodeJS.ProcessEnv = process.env): Connection {
  const isUrl = /^postgres(ql)?:\/\//i.test(text.trim());
  // Another scheme (http://, mysql://, jdbc:postgresql://): said as such, never echoed (it may hold a password).
  const scheme = /^([a-z][a-z0-9+.-]*:(?:[a-z][a-z0-9+.-]*:)?)\/\//i.exec(text.trim())?.[1];
  if (!isUrl && scheme)
    throw new ConnectionError(
      `${input}: a ${scheme.toLowerCase()}// URL is not a PostgreSQL connection string; give postgres://user:password@host:5432/dbname or key=value pairs`,
    );
  const given = isUrl ? fromUrl(text.trim(), input) : fromKeywords(text, input);
  const values: Keywords = {};
  for (const key of KEYWORDS) {
    const variable = ENVIRONMENT[key];
    const value = given[key] ?? (variable ? env[variable] : undefined);
    if (value !== undefined && value !== '') values[key] = value;
  }
  const connection = toConnection(values, input, env);
  if (isUrl) connection.shown = describeUrl(text.trim(), connection.config, connection.password, connection.shown);
  return connection;
}

function toConnection(v: Keywords, input: string, env: NodeJS.ProcessEnv): Connection {
  const notes: string[] = [];
  const sslmode = v.sslmode ?? 'prefer';
  if (!(SSL_MODES as readonly string[]).includes(sslmode)) {
    throw new ConnectionError(`${input}: sslmode must be one of ${SSL_MODES.join(', ')}, got '${sslmode}'`);
  }
  // libpq tries the hosts of a comma list in turn; node-pg takes one.
  const host = v.hostaddr ?? v.host;
  if (host?.includes(',')) throw new ConnectionError(`${input}: several hosts are not supported; give one host`);
  let port: number | undefined;
  if (v.port !== undefined) {
    port = Number(v.port);
    if (!/^\d+$/.test(v.port) || port < 1 || port > 65535)
      throw new ConnectionError(`${input}: port must be a number from 1 to 65535, got '${v.port}'`);
  }
  let connectMs = CONNECT_TIMEOUT_MS;
  if (v.connect_timeout !== undefined) {
    const seconds = Number(v.connect_timeout);
    if (!/^\d+$/.test(v.connect_timeout))
      throw new ConnectionError(`${input}: connect_timeout must be a whole number of seconds, got '${v.connect_timeout}'`);
    // libpq: 0 waits forever, and less than 2 s means 2 s; we keep an upper bound so a silent listener cannot hang the run.
    if (seconds > 0) connectMs = Math.min(Math.max(seconds, 2) * 1000, 2_147_483_647);
  }
  const config: ClientConfig = {
    host,
    port,
    database: v.dbname,
    user: v.user,
    application_name: v.application_name ?? v.fallback_application_name,
    options: v.options,
    connectionTimeoutMillis: connectMs,
  };
  const password = v.password ?? passwordFromFile(v, env);
  if (password !== undefined) config.password = password;
  config.ssl = sslConfig(sslmode, v, input);
  if (sslmode === 'require' || (sslmode === 'prefer' && v.sslmode)) {
    notes.push(
      `${input}: sslmode=${sslmode} encrypts the connection but does not verify the server's certificate (as libpq); use verify-full to verify it`,
    );
  }
  if (sslmode === 'allow')
    notes.push(`${input}: sslmode=allow connects without TLS (node-pg cannot negotiate it later); use require or verify-full to encrypt`);
  return { config, password, shown: describe(config), notes };
}
