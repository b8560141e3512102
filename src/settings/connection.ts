import { readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseUrl } from 'pg-connection-string';
import type { ClientConfig } from 'pg';

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

/** A connection string that cannot be used; the message names the input and never repeats the string. */
export class ConnectionError extends Error {}

/** Connects give up after this long: a listener that never answers must not hang the run. */
export const CONNECT_TIMEOUT_MS = 15_000;

export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;

/** libpq keyword -> value (or keyword -> environment variable); a keyword not given is absent. */
type Keywords = Partial<Record<string, string>>;

/** libpq keywords we map onto node-pg; the other libpq keywords are refused rather than silently ignored. */
const KEYWORDS = new Set([
  'host',
  'hostaddr',
  'port',
  'dbname',
  'user',
  'password',
  'passfile',
  'sslmode',
  'sslrootcert',
  'sslcert',
  'sslkey',
  'connect_timeout',
  'application_name',
  'fallback_application_name',
  'options',
]);

/** libpq keywords we name in errors; anything else may be a piece of a password and is never repeated. */
const OTHER_LIBPQ_KEYWORDS = new Set([
  'client_encoding',
  'keepalives',
  'keepalives_idle',
  'keepalives_interval',
  'keepalives_count',
  'tcp_user_timeout',
  'replication',
  'gssencmode',
  'sslnegotiation',
  'sslcompression',
  'sslpassword',
  'sslcertmode',
  'sslcrl',
  'sslcrldir',
  'sslsni',
  'requirepeer',
  'ssl_min_protocol_version',
  'ssl_max_protocol_version',
  'krbsrvname',
  'gsslib',
  'gssdelegation',
  'service',
  'target_session_attrs',
  'load_balance_hosts',
  'require_auth',
  'channel_binding',
  'require_auth',
]);

/** PG* variables libpq reads for what the string leaves out. */
const ENVIRONMENT: Keywords = {
  host: 'PGHOST',
  hostaddr: 'PGHOSTADDR',
  port: 'PGPORT',
  dbname: 'PGDATABASE',
  user: 'PGUSER',
  password: 'PGPASSWORD',
  passfile: 'PGPASSFILE',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  application_name: 'PGAPPNAME',
  options: 'PGOPTIONS',
};

/** `input` names the setting in errors ("input 'database-url'", "--database-url"). */
export function parseConnection(text: string, input: string, env: NodeJS.ProcessEnv = process.env): Connection {
  const isUrl = /^postgres(ql)?:\/\//i.test(text.trim());
  const given = isUrl ? fromUrl(text.trim(), input) : fromKeywords(text, input);
  const values: Keywords = {};
  for (const key of KEYWORDS) {
    const variable = ENVIRONMENT[key];
    const value = given[key] ?? (variable ? env[variable] : undefined);
    if (value !== undefined && value !== '') values[key] = value;
  }
  const connection = toConnection(values, input, env);
  if (isUrl) connection.shown = describeUrl(text.trim(), connection);
  return connection;
}

/**
 * A URL is shown as its user wrote it (scheme and host spelling, so that they recognise it),
 * with the password and every parameter but host/hostaddr left out. Falls back to the
 * normalised form when the URL does not split cleanly, or when the result would hold the password.
 */
function describeUrl(text: string, connection: Connection): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return connection.shown;
  }
  const { config, password } = connection;
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  const user = url.username
    ? `${url.username}${password !== undefined ? ':***' : ''}@`
    : config.user
      ? `${encodeURIComponent(config.user)}${password !== undefined ? ':***' : ''}@`
      : '';
  const where = url.searchParams.get('hostaddr') ?? url.searchParams.get('host');
  const query = where ? `?${url.searchParams.has('hostaddr') ? 'hostaddr' : 'host'}=${encodeURIComponent(where)}` : '';
  const written = `${user}${url.host}${url.pathname}${query}`;
  // Only a URL that splits wrongly could carry the password here; then (or for a password short enough to look like a host) the normalised form.
  const secret = password ?? '';
  if (secret !== '' && (written.includes(secret) || written.includes(encodeURIComponent(secret)))) return connection.shown;
  return `${scheme}://${written}`;
}

function fromUrl(text: string, input: string): Keywords {
  // The TLS parameters are read here, so that pg-connection-string neither reads files nor applies its own sslmode meaning.
  const tls: Keywords = {};
  const rest = text
    .replace(/([?&])(sslmode|sslrootcert|sslcert|sslkey)=([^&#]*)&?/g, (_all, sep: string, key: string, value: string) => {
      tls[key] = safeDecode(value);
      return sep;
    })
    .replace(/[?&]$/, '');
  let parsed: ReturnType<typeof parseUrl>;
  try {
    parsed = parseUrl(rest);
  } catch {
    // The parser's message may quote the string, password included.
    throw new ConnectionError(`${input} is not a valid PostgreSQL URL`);
  }
  const out: Keywords = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string' || value === '') continue;
    const keyword = key === 'database' ? 'dbname' : key;
    if (key === 'ssl' || key === 'client_encoding' || key === 'uselibpqcompat') continue;
    if (!KEYWORDS.has(keyword)) {
      const which = OTHER_LIBPQ_KEYWORDS.has(keyword)
        ? `the URL parameter '${key}' is not supported`
        : 'a URL parameter is not a libpq connection option';
      throw new ConnectionError(`${input}: ${which} (supported: ${[...KEYWORDS].join(', ')})`);
    }
    out[keyword] = value;
  }
  return { ...out, ...tls };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** libpq conninfo: `key = value` pairs; a value is single-quoted (\' and \\ inside) or runs to the next space (backslash escapes). */
export function fromKeywords(text: string, input: string): Keywords {
  const out: Keywords = {};
  let i = 0;
  const n = text.length;
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
  while (i < n) {
    while (i < n && space(text[i])) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && text[i] !== '=' && !space(text[i])) i++;
    const key = text.slice(keyStart, i);
    while (i < n && space(text[i])) i++;
    // Never quote the text: a misplaced space can turn part of a password into a "key".
    if (text[i] !== '=')
      throw new ConnectionError(`${input}: word ${Object.keys(out).length + 1} has no "=" (expected a postgres:// URL or key=value pairs)`);
    i++;
    while (i < n && space(text[i])) i++;
    let value = '';
    if (text[i] === "'") {
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        if (c === "'") {
          closed = true;
          i++;
          break;
        }
        value += c;
        i++;
      }
      if (!closed) throw new ConnectionError(`${input}: unterminated quoted value for "${key}"`);
    } else {
      while (i < n && !space(text[i])) {
        if (text[i] === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        value += text[i];
        i++;
      }
    }
    if (!KEYWORDS.has(key)) {
      const which = OTHER_LIBPQ_KEYWORDS.has(key)
        ? `the libpq option "${key}" is not supported`
        : `word ${Object.keys(out).length + 1} is not a libpq connection option`;
      throw new ConnectionError(`${input}: ${which} (supported: ${[...KEYWORDS].join(', ')})`);
    }
    out[key] = value;
  }
  if (Object.keys(out).length === 0) throw new ConnectionError(`${input} is empty: give a postgres:// URL or key=value pairs`);
  return out;
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

/**
 * libpq's meaning of each mode: disable and allow connect in plain text
 * (allow would only upgrade when the server insists), prefer and require
 * encrypt without verifying, verify-ca checks the chain, verify-full also the
 * host name. Without an explicit sslmode libpq's default (prefer) cannot be
 * had with node-pg, which cannot fall back: we connect in plain text, as before.
 */
function sslConfig(mode: string, v: Keywords, input: string): ClientConfig['ssl'] {
  if (mode === 'disable' || mode === 'allow' || (mode === 'prefer' && !v.sslmode)) return false;
  const read = (file: string | undefined, what: string) => {
    if (!file) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConnectionError(`${input}: cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  };
  const files = { ca: read(v.sslrootcert, 'sslrootcert'), cert: read(v.sslcert, 'sslcert'), key: read(v.sslkey, 'sslkey') };
  const defined = Object.fromEntries(Object.entries(files).filter(([, x]) => x !== undefined));
  if (mode === 'prefer' || mode === 'require') {
    // libpq: with a root certificate, require verifies the chain as verify-ca does.
    return files.ca ? { ...defined, checkServerIdentity: () => undefined } : { ...defined, rejectUnauthorized: false };
  }
  if (mode === 'verify-ca') return { ...defined, checkServerIdentity: () => undefined };
  return { ...defined, rejectUnauthorized: true };
}

function describe(config: ClientConfig): string {
  const host = config.host ?? 'localhost';
  const shownHost = host.startsWith('/') ? encodeURIComponent(host) : host.includes(':') ? `[${host}]` : host;
  const user = config.user ? `${encodeURIComponent(config.user)}${config.password !== undefined ? ':***' : ''}@` : '';
  return `postgres://${user}${shownHost}${config.port ? `:${config.port}` : ''}/${encodeURIComponent(config.database ?? '')}`;
}

/**
 * The password of the first matching .pgpass line (hostname:port:database:username:password, `*` matches
 * anything, `\:` and `\\` escape). As libpq, a file readable by group or others is ignored.
 */
function passwordFromFile(v: Keywords, env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME || os.homedir();
  const file = v.passfile ?? (home ? path.join(home, '.pgpass') : undefined);
  if (!file) return undefined;
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile() || (stat.mode & 0o077) !== 0) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const host = v.hostaddr ?? v.host ?? 'localhost';
  const wanted = [host.startsWith('/') ? 'localhost' : host, v.port ?? '5432', v.dbname ?? v.user ?? env.USER ?? '', v.user ?? env.USER ?? ''];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const fields = splitPassLine(line);
    if (fields.length < 5) continue;
    if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w)) return fields.slice(4).join(':');
  }
  return undefined;
}

function splitPassLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
      continue;
    }
    if (c === ':' && fields.length < 4) {
      fields.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  fields.push(current);
  return fields;
}
