import { existsSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_IDS } from '../checks/ids';
import type { FailOn, Severity } from '../findings';
import { ConfigFileError, readConfigFile, withConfig, type ConfigFile } from './config-file';
import { parseDuration } from '../durations';
import { ConnectionError, parseConnection } from '../connection';
import { TOOL_NAMES } from '../formats/format';
import type { ToolChoice } from '../formats';
import { PROVIDER_CHOICES, type ProviderChoice } from '../servers/select-provider';
import { CHECK_USAGE, GENERAL_USAGE, MERGE_USAGE } from './cli-usage';
import { closest } from './did-you-mean';

/** Everything a run needs, parsed once from action inputs or CLI flags. Only this module reads the environment. */
export interface Settings {
  /** Directory of golang-migrate files. */
  migrationsPath: string;
  postgres: ProviderChoice;
  databaseUrl?: string;
  /** Major version to run, e.g. "16"; any when absent. */
  postgresVersion?: string;
  /** Docker image for the docker provider. */
  postgresImage?: string;
  /** Which tool's rules read the directory: `auto` decides from the files. */
  migrationTool: ToolChoice;
  /** The tool's version table (golang-migrate's x-migrations-table); undefined: the tool's default. */
  migrationsTable?: string;
  failOn: FailOn;
  disabled: Set<string>;
  /** Paths in reports are relative to this directory. */
  root: string;
  /** Branch, tag or commit whose migrations count as applied (base-ref / --base). */
  baseRef?: string;
  /** The base commit the event names: a pull request's or merge group's base, or the commit a push moved the branch from. */
  pullRequestBase?: string;
  /** How that base is named in messages: "the pull request's base", "the commit before this push". */
  pullRequestBaseLabel?: string;
  /** A deployed database whose schema_migrations row is read, never written. */
  targetDatabaseUrl?: string;
  /** Compare the target's schema with the migrations' (default: on when targetDatabaseUrl is given). */
  drift: boolean;
  /** drift-ignore: name patterns (`*`, `?`) of objects that are not drift. */
  driftIgnore: string[];
  /** A disposable copy of the target on which the pending migrations are rehearsed up/down/up. */
  rehearsalDatabaseUrl?: string;
  /** rehearsal-long-lock reports locks that block traffic held longer than this (ms). */
  rehearsalLockThresholdMs: number;
  /** Limits in milliseconds (0: none): per file, per lock wait, and for the whole run. */
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  runTimeoutMs: number;
  /** `changed`: only migrations added or edited since the base get up/down/up; the others are applied up once. */
  scope: 'all' | 'changed';
  /** Seed the tables each migration touches with generated rows (seed-data; default true): data checks up-fails-on-data, down-loses-data. */
  seedData: boolean;
  /** Observe locks, rewrites and scans during each first up (observe; default true): the lock and rewrite checks. */
  observe: boolean;
  /** Passwords of the connection strings (whichever form or source they came from): masked in every output. */
  secrets: string[];
  /** One-line notes about the connections, e.g. what sslmode=require means; printed before the run. */
  connectionNotes: string[];
  /** Per-check severities from .migration-guard.yml (`checks: { id: error }`). */
  severities: Map<string, Severity>;
  /** Findings on tables with more estimated rows than this in target-database-url become errors. */
  largeTableRows: number;
  /** The config file read, when there was one. */
  configFile?: string;
  /** Segments checked at the same time (jobs / --jobs; default: the machine's cores). Small directories still run as one. */
  jobs: number;
  /** shard / --shard k/n: check only segment k of n (a workflow matrix); `merge` joins the shards' JSON reports. */
  shard?: { index: number; of: number };
  /** Fewest migrations per segment (MIGRATION_GUARD_MIN_SEGMENT; tests lower it to split small directories). */
  minSegment?: number;
}

/** A setting that cannot be used: the message names the input or flag. */
export class SettingsError extends Error {}

/** PostgreSQL's limit for statement_timeout and lock_timeout, and Node's for a timer. */
export const MAX_DURATION_MS = 2_147_483_647;

const TOOL_CHOICES: readonly ToolChoice[] = ['auto', ...TOOL_NAMES];

export const DEFAULTS = {
  migrationsPath: 'migrations',
  /** Generous for an empty throw-away database; a file that runs this long there is stuck. */
  statementTimeout: '5m',
  lockTimeout: '30s',
  /** Well under GitHub's 6-hour job limit, so a stuck run still reports what it checked. */
  runTimeout: '30m',
  postgres: 'auto' as ProviderChoice,
  migrationTool: 'auto' as ToolChoice,
  failOn: 'error' as FailOn,
};

interface RawSettings {
  migrationsPath?: string;
  postgres?: string;
  databaseUrl?: string;
  postgresVersion?: string;
  postgresImage?: string;
  migrationsTable?: string;
  migrationTool?: string;
  failOn?: string;
  disable?: string;
  baseRef?: string;
  targetDatabaseUrl?: string;
  drift?: string;
  driftIgnore?: string;
  rehearsalDatabaseUrl?: string;
  rehearsalLockThreshold?: string;
  statementTimeout?: string;
  lockTimeout?: string;
  runTimeout?: string;
  scope?: string;
  seedData?: string;
  observe?: string;
  largeTableRows?: string;
  jobs?: string;
  shard?: string;
  root: string;
}

/** Major versions a provider can run: PostgreSQL 10 to the next release (raise POSTGRES_MAX with each PostgreSQL release). */
export const POSTGRES_MIN = 10;
export const POSTGRES_MAX = 19;

/**
 * Validates raw strings; `name` maps a setting to the input or flag a user would fix. `scopeDefault` is the scope
 * when neither input, flag nor config file sets one: `changed` on pull requests (see scopeDefaultFor).
 */
export function toSettings(
  raw: RawSettings,
  name: (key: keyof RawSettings) => string,
  env: NodeJS.ProcessEnv = process.env,
  scopeDefault: 'all' | 'changed' = 'all',
): Settings {
  const pick = <T extends string>(key: keyof RawSettings, value: string | undefined, allowed: readonly T[], fallback: T): T => {
    const v = (value ?? '').trim() || fallback;
    if (!allowed.includes(v as T)) throw new SettingsError(`${name(key)} must be one of ${allowed.join(', ')}, got '${v}'`);
    return v as T;
  };
  const duration = (key: keyof RawSettings, value: string | undefined, fallback: string): number => {
    const ms = parseDuration(value?.trim() || fallback);
    if (ms === undefined)
      throw new SettingsError(`${name(key)} must be a duration such as 30s, 5m or 1500 (milliseconds), got '${value ?? fallback}'`);
    // PostgreSQL's timeouts and Node's timers both stop at 2^31-1 ms (about 24.8 days).
    if (ms > MAX_DURATION_MS)
      throw new SettingsError(`${name(key)} is too long: at most ${MAX_DURATION_MS} ms (about 24 days), got '${value ?? fallback}'`);
    return ms;
  };
  const disabled = new Set(
    (raw.disable ?? '')
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const id of disabled) {
    if (!CHECK_IDS.includes(id)) throw new SettingsError(`${name('disable')} names an unknown check '${id}'; known checks: ${CHECK_IDS.join(', ')}`);
  }
  const version = raw.postgresVersion?.trim() || undefined;
  if (version && !/^\d+$/.test(version)) throw new SettingsError(`${name('postgresVersion')} must be a major version such as 16, got '${version}'`);
  if (version && (Number(version) < POSTGRES_MIN || Number(version) > POSTGRES_MAX)) {
    throw new SettingsError(
      `${name('postgresVersion')} must be a PostgreSQL major version from ${POSTGRES_MIN} to ${POSTGRES_MAX}, got '${version}'`,
    );
  }
  const table = raw.migrationsTable?.trim() || undefined;
  if (table && table.length > 63) throw new SettingsError(`${name('migrationsTable')} is longer than PostgreSQL's 63-character identifier limit`);
  const settings: Settings = {
    migrationsPath: raw.migrationsPath?.trim() || DEFAULTS.migrationsPath,
    postgres: pick('postgres', raw.postgres, PROVIDER_CHOICES, DEFAULTS.postgres),
    databaseUrl: raw.databaseUrl?.trim() || undefined,
    postgresVersion: version,
    postgresImage: raw.postgresImage?.trim() || undefined,
    migrationsTable: table,
    migrationTool: pick('migrationTool', raw.migrationTool, TOOL_CHOICES, DEFAULTS.migrationTool),
    failOn: pick('failOn', raw.failOn, ['error', 'warning', 'never'] as const, DEFAULTS.failOn),
    disabled,
    root: raw.root,
    baseRef: raw.baseRef?.trim() || undefined,
    targetDatabaseUrl: raw.targetDatabaseUrl?.trim() || undefined,
    drift: pick('drift', raw.drift?.toLowerCase(), ['true', 'false'] as const, 'true') === 'true' && !!raw.targetDatabaseUrl?.trim(),
    driftIgnore: (raw.driftIgnore ?? '')
      .split(/[,\s]+/)
      .map((p) => p.trim())
      .filter(Boolean),
    rehearsalDatabaseUrl: raw.rehearsalDatabaseUrl?.trim() || undefined,
    rehearsalLockThresholdMs: duration('rehearsalLockThreshold', raw.rehearsalLockThreshold, '1s'),
    statementTimeoutMs: duration('statementTimeout', raw.statementTimeout, DEFAULTS.statementTimeout),
    lockTimeoutMs: duration('lockTimeout', raw.lockTimeout, DEFAULTS.lockTimeout),
    runTimeoutMs: duration('runTimeout', raw.runTimeout, DEFAULTS.runTimeout),
    scope: pick('scope', raw.scope, ['all', 'changed'] as const, scopeDefault),
    seedData: pick('seedData', raw.seedData?.toLowerCase(), ['true', 'false'] as const, 'true') === 'true',
    observe: pick('observe', raw.observe?.toLowerCase(), ['true', 'false'] as const, 'true') === 'true',
    severities: new Map(),
    largeTableRows: rowCount(raw.largeTableRows, name('largeTableRows')),
    secrets: [],
    connectionNotes: [],
    jobs: jobsOf(raw.jobs, name('jobs')),
    shard: shardOf(raw.shard, name('shard')),
    minSegment: env.MIGRATION_GUARD_MIN_SEGMENT ? jobsOf(env.MIGRATION_GUARD_MIN_SEGMENT, 'MIGRATION_GUARD_MIN_SEGMENT') : undefined,
  };
  for (const key of ['databaseUrl', 'targetDatabaseUrl', 'rehearsalDatabaseUrl'] as const) {
    const text = settings[key];
    if (!text) continue;
    try {
      const connection = parseConnection(text, name(key), env);
      // The whole string too: a key=value string or URL echoed by a server or library is masked as one.
      settings.secrets.push(...(connection.password ? [connection.password, text] : []));
      settings.connectionNotes.push(...connection.notes);
    } catch (error) {
      if (error instanceof ConnectionError) throw new SettingsError(error.message);
      throw error;
    }
  }
  if (settings.rehearsalDatabaseUrl && !settings.targetDatabaseUrl) {
    throw new SettingsError(
      `${name('rehearsalDatabaseUrl')} needs ${name('targetDatabaseUrl')}: the copy is checked against the target before anything runs on it`,
    );
  }
  if (settings.postgres === 'url' && !settings.databaseUrl)
    throw new SettingsError(`${name('postgres')} is 'url' but ${name('databaseUrl')} is empty`);
  return settings;
}

export const ACTION_INPUTS: Record<keyof RawSettings, string> = {
  migrationsPath: 'migrations-path',
  postgres: 'postgres',
  databaseUrl: 'database-url',
  postgresVersion: 'postgres-version',
  postgresImage: 'postgres-image',
  migrationsTable: 'migrations-table',
  migrationTool: 'migration-tool',
  failOn: 'fail-on',
  disable: 'disable',
  baseRef: 'base-ref',
  targetDatabaseUrl: 'target-database-url',
  drift: 'drift',
  driftIgnore: 'drift-ignore',
  rehearsalDatabaseUrl: 'rehearsal-database-url',
  rehearsalLockThreshold: 'rehearsal-lock-threshold',
  statementTimeout: 'statement-timeout',
  lockTimeout: 'lock-timeout',
  runTimeout: 'run-timeout',
  scope: 'scope',
  seedData: 'seed-data',
  observe: 'observe',
  largeTableRows: 'large-table-rows',
  jobs: 'jobs',
  shard: 'shard',
  root: 'working-directory',
};

/** A repository (https://github.com/owner/name) and the ref whose docs/checks pages reports link to. */
export interface DocsSource {
  repositoryUrl: string;
  ref: string;
}

/** What the action knows about the repository and pull request it runs for (from the runner's environment and event). */
export interface GitHubContext {
  serverUrl: string;
  apiUrl: string;
  /** owner/name */
  repository?: string;
  /** The workflow run, where the job summary can be read. */
  runUrl?: string;
  pullRequest?: { number: number; headSha?: string };
}

export interface ActionSettings extends Settings {
  reportPath: string;
  /** merge-reports: paths or globs of shards' JSON reports to merge instead of running (report/merge.ts). */
  mergeReports: string[];
  sarifFile?: string;
  /** Post or update the sticky PR comment (pull requests only). */
  comment: boolean;
  githubToken?: string;
  github: GitHubContext;
  /** Where the check pages linked from annotations, SARIF and the comment live: the action's own repository and ref. */
  docs?: DocsSource;
}

/**
 * The repository and ref the action runs from (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF, e.g. owner/repo at v1),
 * so a fork or a pinned SHA links to its own pages; `uses: ./` leaves both empty and runs the workspace's commit.
 */
function docsSourceOf(env: NodeJS.ProcessEnv, serverUrl: string): DocsSource | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  if (repository && ref) return { repositoryUrl: `${serverUrl}/${repository}`, ref };
  const workspace = env.GITHUB_REPOSITORY?.trim();
  if (!repository && workspace && env.GITHUB_SHA) return { repositoryUrl: `${serverUrl}/${workspace}`, ref: env.GITHUB_SHA };
  return undefined;
}

/** Action inputs arrive as INPUT_<NAME> (upper-cased, hyphens kept); a hand-started process gets no defaults, so every one is optional here. */
export function settingsFromAction(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const input = (key: keyof RawSettings) => env[`INPUT_${ACTION_INPUTS[key].toUpperCase()}`];
  const extra = (name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
  const root = env.GITHUB_WORKSPACE || process.cwd();
  const config = configIn(root);
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const base = eventBase(event);
  const raw = withConfig(
    {
      migrationsPath: input('migrationsPath'),
      largeTableRows: input('largeTableRows'),
      postgres: input('postgres'),
      databaseUrl: input('databaseUrl'),
      postgresVersion: input('postgresVersion'),
      postgresImage: input('postgresImage'),
      migrationsTable: input('migrationsTable'),
      migrationTool: input('migrationTool'),
      failOn: input('failOn'),
      disable: input('disable'),
      baseRef: input('baseRef'),
      targetDatabaseUrl: input('targetDatabaseUrl'),
      statementTimeout: input('statementTimeout'),
      drift: input('drift'),
      driftIgnore: input('driftIgnore'),
      rehearsalDatabaseUrl: input('rehearsalDatabaseUrl'),
      rehearsalLockThreshold: input('rehearsalLockThreshold'),
      lockTimeout: input('lockTimeout'),
      runTimeout: input('runTimeout'),
      scope: input('scope'),
      seedData: input('seedData'),
      observe: input('observe'),
      jobs: input('jobs'),
      shard: input('shard'),
      root,
    },
    ACTION_INPUTS,
    config,
    root,
    DEFAULTS.migrationsPath,
  );
  const settings = withEventBase(
    withConfigFile(
      toSettings(raw, (key) => `input '${ACTION_INPUTS[key]}'`, env, scopeDefaultFor(raw, base)),
      config,
    ),
    base,
  );
  const pr = event?.pull_request;

  const comment = (extra('comment') ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(comment)) throw new SettingsError(`input 'comment' must be true or false, got '${comment}'`);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const fullName = event?.repository?.full_name;
  const repository = env.GITHUB_REPOSITORY || (typeof fullName === 'string' ? fullName : undefined);
  const sarifFile = extra('sarif-file');
  const mergeReports = (extra('merge-reports') ?? '').split(/[\s,]+/).filter(Boolean);
  return {
    ...settings,
    reportPath: extra('report-path') || path.join(env.RUNNER_TEMP || os.tmpdir(), 'migration-guard-report.json'),
    sarifFile: sarifFile && path.resolve(root, sarifFile),
    mergeReports,
    comment: comment === 'true',
    githubToken: extra('github-token'),
    docs: docsSourceOf(env, serverUrl),
    github: {
      serverUrl,
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
      repository,
      runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      pullRequest:
        typeof pr?.number === 'number' ? { number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined } : undefined,
    },
  };
}

/** The parts of an event payload we read; every field may be missing. */
interface EventPayload {
  pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown };
  /** push: the commit the branch pointed at before the push; all zeros when the branch is new. */
  before?: unknown;
  repository?: { full_name?: unknown };
}

/** The base an event names, and whether it is a pull request's (where scope defaults to changed). */
export interface EventBase {
  sha: string;
  label: string;
  pullRequest: boolean;
}

/** pull_request: its base; merge_group: the queue's base_sha; push: `before`, unless all zeros (a new branch or tag). */
export function eventBase(event: EventPayload | undefined): EventBase | undefined {
  const commit = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) && !/^0+$/.test(value) ? value : undefined);
  if (!event) return undefined;
  if (event.pull_request) {
    const sha = commit(event.pull_request.base?.sha);
    return sha ? { sha, label: "the pull request's base", pullRequest: true } : undefined;
  }
  if (event.merge_group) {
    const sha = commit(event.merge_group.base_sha);
    return sha ? { sha, label: "the merge group's base", pullRequest: true } : undefined;
  }
  const before = commit(event.before);
  return before ? { sha: before, label: "the push's previous head", pullRequest: false } : undefined;
}

/**
 * With a pull request's base (merge queues included) scope defaults to `changed`: merged migrations are applied up once,
 * so their old lossy downs do not fail every PR. A base-ref (a release gate) and pushes keep `all`.
 */
export function scopeDefaultFor(raw: { baseRef?: string }, base: EventBase | undefined): 'all' | 'changed' {
  return base?.pullRequest && !raw.baseRef?.trim() ? 'changed' : 'all';
}

function withEventBase<S extends Settings>(settings: S, base: EventBase | undefined): S {
  return { ...settings, pullRequestBase: base?.sha, pullRequestBaseLabel: base?.label };
}

/** The event payload (pull_request, push, ...); undefined when absent or unreadable. */
function readEvent(eventPath: string | undefined): EventPayload | undefined {
  if (!eventPath) return undefined;
  try {
    const event: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
    // Every field of EventPayload is optional and unknown-typed: any object will do, anything else is no payload.
    return typeof event === 'object' && event !== null ? event : undefined;
  } catch {
    return undefined;
  }
}

export type OutputFormat = 'text' | 'json' | 'github' | 'sarif';

export interface CliCommand {
  settings: Settings;
  format: OutputFormat;
  output?: string;
  /** Only the findings and the verdict line. */
  quiet: boolean;
}

/** What a command line asks for: a check, a help text, or the version. */
export type CliRequest =
  { kind: 'check'; command: CliCommand } | { kind: 'merge'; command: MergeCommand } | { kind: 'help'; text: string } | { kind: 'version' };

/** `migration-guard merge REPORT...`: the shards' JSON reports joined into one report, as one run would give it. */
export interface MergeCommand {
  files: string[];
  format: OutputFormat;
  output?: string;
  quiet: boolean;
  /** Paths in the reports are relative to this directory (the current one, as for check). */
  root: string;
}

/** Kept for callers that only run checks: undefined for help and --version. */
export const CLI_USAGE = CHECK_USAGE;

const CLI_OPTIONS = {
  postgres: { type: 'string' },
  'database-url': { type: 'string' },
  'postgres-version': { type: 'string' },
  'postgres-image': { type: 'string' },
  'migrations-table': { type: 'string' },
  'migration-tool': { type: 'string' },
  'fail-on': { type: 'string' },
  disable: { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string' },
  base: { type: 'string' },
  'target-database-url': { type: 'string' },
  drift: { type: 'string' },
  'drift-ignore': { type: 'string' },
  'rehearsal-database-url': { type: 'string' },
  'rehearsal-lock-threshold': { type: 'string' },
  'statement-timeout': { type: 'string' },
  'lock-timeout': { type: 'string' },
  'run-timeout': { type: 'string' },
  scope: { type: 'string' },
  'no-seed-data': { type: 'boolean' },
  'no-observe': { type: 'boolean' },
  'large-table-rows': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMANDS = ['check', 'merge', 'help'];

/**
 * Colour for a stream: FORCE_COLOR wins (0 or false turns it off), then NO_COLOR (any non-empty value) turns it off,
 * else only a terminal gets it (https://no-color.org, https://force-color.org).
 */
export function colorEnabled(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return !!isTTY && env.TERM !== 'dumb';
}

const CLI_FLAGS: Record<keyof RawSettings, string> = {
  migrationsPath: 'DIR',
  postgres: '--postgres',
  databaseUrl: '--database-url',
  postgresVersion: '--postgres-version',
  postgresImage: '--postgres-image',
  migrationsTable: '--migrations-table',
  migrationTool: '--migration-tool',
  failOn: '--fail-on',
  disable: '--disable',
  baseRef: '--base',
  targetDatabaseUrl: '--target-database-url',
  drift: '--drift',
  driftIgnore: '--drift-ignore',
  rehearsalDatabaseUrl: '--rehearsal-database-url',
  rehearsalLockThreshold: '--rehearsal-lock-threshold',
  statementTimeout: '--statement-timeout',
  lockTimeout: '--lock-timeout',
  runTimeout: '--run-timeout',
  scope: '--scope',
  seedData: '--no-seed-data',
  observe: '--no-observe',
  largeTableRows: '--large-table-rows',
  jobs: '--jobs',
  shard: '--shard',
  root: 'the current directory',
};

/** The config file at the repository root; its errors are settings errors (exit code 2, one line naming file and line). */
function configIn(root: string): ConfigFile | undefined {
  try {
    return readConfigFile(root);
  } catch (error) {
    if (error instanceof ConfigFileError) throw new SettingsError(error.message);
    throw error;
  }
}

/** What only the config file sets: per-check severities, and checks turned off. */
function withConfigFile<S extends Settings>(settings: S, config: ConfigFile | undefined): S {
  if (!config) return settings;
  for (const id of config.disabled) settings.disabled.add(id);
  return { ...settings, severities: config.severities, configFile: config.path };
}

/** jobs: a whole number from 1 to 256; empty or `auto`: the machine's cores (os.availableParallelism). */
function jobsOf(value: string | undefined, input: string): number {
  const text = value?.trim().toLowerCase() ?? '';
  if (!text || text === 'auto') return Math.max(1, os.availableParallelism());
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 256) throw new SettingsError(`${input} must be a number from 1 to 256 or auto, got '${value ?? ''}'`);
  return n;
}

/** shard: `k/n`, 1 <= k <= n (e.g. 2/4 from a matrix); empty: no sharding. */
function shardOf(value: string | undefined, input: string): Settings['shard'] {
  const text = value?.trim() ?? '';
  if (!text) return undefined;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  const [index, of] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || index < 1 || of < 1 || index > of || of > 256)
    throw new SettingsError(`${input} must be k/n with 1 <= k <= n <= 256, e.g. 2/4 from a matrix (\${{ matrix.shard }}/4), got '${text}'`);
  return { index, of };
}

function rowCount(value: string | undefined, input: string): number {
  const text = value?.trim().replace(/[_,]/g, '') || '1000000';
  if (!/^\d+$/.test(text)) throw new SettingsError(`${input} must be a number of rows such as 1000000, got '${value ?? ''}'`);
  return Number(text);
}

/** Returns undefined for help and --version (see parseCommandLine). */
export function settingsFromArgs(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): CliCommand | undefined {
  const request = parseCommandLine(argv, cwd, env);
  return request.kind === 'check' ? request.command : undefined;
}

/**
 * The command line -> a check to run, a help text or the version. Every mistake is a SettingsError of one line that
 * names the flag (an unknown one with the closest known flag). Inside GitHub Actions the event's base is read as the
 * action reads it, so `npx migration-guard check` in a workflow step behaves like the action.
 */
export function parseCommandLine(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
  } catch (error) {
    throw new SettingsError(argumentError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  const [command, dir, ...extra] = positionals;
  if (values.version) return { kind: 'version' };
  if (command && !COMMANDS.includes(command)) {
    const near = closest(command, COMMANDS);
    throw new SettingsError(`unknown command '${command}'; ${near ? `did you mean '${near}'?` : "the commands are 'check' and 'help'"}`);
  }
  if (command === 'help') {
    if (!dir) return { kind: 'help', text: GENERAL_USAGE };
    if (dir === 'check') return { kind: 'help', text: CHECK_USAGE };
    if (dir === 'merge') return { kind: 'help', text: MERGE_USAGE };
    if (dir === 'help') return { kind: 'help', text: GENERAL_USAGE };
    throw new SettingsError(`no help for '${dir}': the commands are 'check', 'merge' and 'help'`);
  }
  if (values.help) return { kind: 'help', text: command === 'check' ? CHECK_USAGE : command === 'merge' ? MERGE_USAGE : GENERAL_USAGE };
  if (!command) throw new SettingsError("missing command: use 'migration-guard check [DIR]' ('migration-guard help' lists the commands)");
  const format = (values.format ?? 'text') as OutputFormat;
  if (!['text', 'json', 'github', 'sarif'].includes(format))
    throw new SettingsError(`--format must be one of text, json, github, sarif, got '${format}'`);
  const output = values.output === undefined ? undefined : outputFile(values.output, cwd);
  if (command === 'merge') {
    const files = [dir, ...extra].filter((f): f is string => !!f).map((f) => path.resolve(cwd, f));
    if (!files.length) throw new SettingsError("merge needs the shards' JSON reports: migration-guard merge shard-1.json shard-2.json ...");
    return { kind: 'merge', command: { files, format, output, quiet: !!values.quiet, root: cwd } };
  }
  if (extra.length) throw new SettingsError(`unexpected arguments: ${extra.join(' ')}`);
  const config = configIn(cwd);
  const base = env.GITHUB_ACTIONS === 'true' && env.GITHUB_EVENT_PATH ? eventBase(readEvent(env.GITHUB_EVENT_PATH)) : undefined;
  const raw = withConfig(
    {
      migrationsPath: dir,
      largeTableRows: values['large-table-rows'],
      postgres: values.postgres,
      databaseUrl: values['database-url'],
      postgresVersion: values['postgres-version'],
      postgresImage: values['postgres-image'],
      migrationsTable: values['migrations-table'],
      migrationTool: values['migration-tool'],
      failOn: values['fail-on'],
      disable: (values.disable ?? []).join(','),
      baseRef: values.base,
      targetDatabaseUrl: values['target-database-url'],
      drift: values.drift,
      driftIgnore: values['drift-ignore'],
      rehearsalDatabaseUrl: values['rehearsal-database-url'],
      rehearsalLockThreshold: values['rehearsal-lock-threshold'],
      statementTimeout: values['statement-timeout'],
      lockTimeout: values['lock-timeout'],
      runTimeout: values['run-timeout'],
      scope: values.scope,
      seedData: values['no-seed-data'] ? 'false' : 'true',
      observe: values['no-observe'] ? 'false' : 'true',
      jobs: values.jobs,
      shard: values.shard,
      root: cwd,
    },
    ACTION_INPUTS,
    config,
    cwd,
    DEFAULTS.migrationsPath,
  );
  const settings = withEventBase(
    withConfigFile(
      toSettings(raw, (key) => CLI_FLAGS[key], env, scopeDefaultFor(raw, base)),
      config,
    ),
    base,
  );
  return { kind: 'check', command: { settings, format, output, quiet: !!values.quiet } };
}

/** node:util's parse errors, in our words: "unknown option --fromat; did you mean --format?". */
function argumentError(error: Error & { code?: string }): string {
  const first = error.message.split('\n')[0];
  const flag = /'(-[^' ]*)/.exec(first)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.entries(CLI_OPTIONS).flatMap(([name, o]) => [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])]);
    const near = flag.startsWith('--')
      ? closest(
          flag,
          known.filter((k) => k.startsWith('--')),
        )
      : undefined;
    return `unknown option ${flag}; ${near ? `did you mean ${near}?` : "'migration-guard help check' lists the options"}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(first) ? `${flag} needs a value` : /does not take an argument/.test(first) ? `${flag} takes no value` : first;
  }
  return first;
}

/** --output FILE: its directory must exist, so a typo is said before minutes of checking rather than after. */
function outputFile(file: string, cwd: string): string {
  const resolved = path.resolve(cwd, file);
  const dir = path.dirname(resolved);
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new SettingsError(`--output: the directory ${dir} does not exist; create it first or write the report elsewhere`);
  }
  if (!stats.isDirectory()) throw new SettingsError(`--output: ${dir} is not a directory`);
  if (existsSync(resolved) && statSync(resolved).isDirectory()) throw new SettingsError(`--output: ${resolved} is a directory; give a file name`);
  return resolved;
}
