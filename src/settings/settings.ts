import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_IDS } from '../checks';
import type { FailOn, Severity } from '../findings';
import { ConfigFileError, readConfigFile, withConfig, type ConfigFile } from './config-file';
import { parseDuration } from '../engine/time-limit';
import { ConnectionError, parseConnection } from './connection';
import { TOOL_NAMES } from '../formats/format';
import type { ToolChoice } from '../formats';
import { PROVIDER_CHOICES, type ProviderChoice } from '../servers/select-provider';

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
  /** The pull request's base commit, from the event payload. */
  pullRequestBase?: string;
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
  largeTableRows?: string;
  root: string;
}

/** Validates raw strings; `name` maps a setting to the input or flag a user would fix. */
export function toSettings(raw: RawSettings, name: (key: keyof RawSettings) => string, env: NodeJS.ProcessEnv = process.env): Settings {
  const pick = <T extends string>(key: keyof RawSettings, value: string | undefined, allowed: readonly T[], fallback: T): T => {
    const v = (value ?? '').trim() || fallback;
    if (!allowed.includes(v as T)) throw new SettingsError(`${name(key)} must be one of ${allowed.join(', ')}, got '${v}'`);
    return v as T;
  };
  const duration = (key: keyof RawSettings, value: string | undefined, fallback: string): number => {
    const ms = parseDuration(value?.trim() || fallback);
    if (ms === undefined) throw new SettingsError(`${name(key)} must be a duration such as 30s, 5m or 1500 (milliseconds), got '${value}'`);
    // PostgreSQL's timeouts and Node's timers both stop at 2^31-1 ms (about 24.8 days).
    if (ms > MAX_DURATION_MS) throw new SettingsError(`${name(key)} is too long: at most ${MAX_DURATION_MS} ms (about 24 days), got '${value}'`);
    return ms;
  };
  const disabled = new Set((raw.disable ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean));
  for (const id of disabled) {
    if (!CHECK_IDS.includes(id)) throw new SettingsError(`${name('disable')} names an unknown check '${id}'; known checks: ${CHECK_IDS.join(', ')}`);
  }
  const version = raw.postgresVersion?.trim() || undefined;
  if (version && !/^\d+$/.test(version)) throw new SettingsError(`${name('postgresVersion')} must be a major version such as 16, got '${version}'`);
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
    driftIgnore: (raw.driftIgnore ?? '').split(/[,\s]+/).map((p) => p.trim()).filter(Boolean),
    rehearsalDatabaseUrl: raw.rehearsalDatabaseUrl?.trim() || undefined,
    rehearsalLockThresholdMs: duration('rehearsalLockThreshold', raw.rehearsalLockThreshold, '1s'),
    statementTimeoutMs: duration('statementTimeout', raw.statementTimeout, DEFAULTS.statementTimeout),
    lockTimeoutMs: duration('lockTimeout', raw.lockTimeout, DEFAULTS.lockTimeout),
    runTimeoutMs: duration('runTimeout', raw.runTimeout, DEFAULTS.runTimeout),
    scope: pick('scope', raw.scope, ['all', 'changed'] as const, 'all'),
    seedData: pick('seedData', raw.seedData?.toLowerCase(), ['true', 'false'] as const, 'true') === 'true',
    severities: new Map(),
    largeTableRows: rowCount(raw.largeTableRows, name('largeTableRows')),
    secrets: [],
    connectionNotes: [],
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
    throw new SettingsError(`${name('rehearsalDatabaseUrl')} needs ${name('targetDatabaseUrl')}: the copy is checked against the target before anything runs on it`);
  }
  if (settings.postgres === 'url' && !settings.databaseUrl) throw new SettingsError(`${name('postgres')} is 'url' but ${name('databaseUrl')} is empty`);
  return settings;
}

const ACTION_INPUTS: Record<keyof RawSettings, string> = {
  migrationsPath: 'migrations-path', postgres: 'postgres', databaseUrl: 'database-url', postgresVersion: 'postgres-version',
  postgresImage: 'postgres-image', migrationsTable: 'migrations-table', migrationTool: 'migration-tool', failOn: 'fail-on', disable: 'disable',
  baseRef: 'base-ref', targetDatabaseUrl: 'target-database-url', drift: 'drift', driftIgnore: 'drift-ignore',
  rehearsalDatabaseUrl: 'rehearsal-database-url', rehearsalLockThreshold: 'rehearsal-lock-threshold', statementTimeout: 'statement-timeout',
  lockTimeout: 'lock-timeout', runTimeout: 'run-timeout', scope: 'scope', seedData: 'seed-data', largeTableRows: 'large-table-rows', root: 'working-directory',
};

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
  sarifFile?: string;
  /** Post or update the sticky PR comment (pull requests only). */
  comment: boolean;
  githubToken?: string;
  github: GitHubContext;
}

/** Action inputs arrive as INPUT_<NAME> (upper-cased, hyphens kept); a hand-started process gets no defaults, so every one is optional here. */
export function settingsFromAction(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const input = (key: keyof RawSettings) => env[`INPUT_${ACTION_INPUTS[key].toUpperCase()}`];
  const extra = (name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
  const root = env.GITHUB_WORKSPACE || process.cwd();
  const config = configIn(root);
  const settings = withConfigFile(toSettings(withConfig({
    migrationsPath: input('migrationsPath'), largeTableRows: input('largeTableRows'),
    postgres: input('postgres'), databaseUrl: input('databaseUrl'), postgresVersion: input('postgresVersion'),
    postgresImage: input('postgresImage'), migrationsTable: input('migrationsTable'), migrationTool: input('migrationTool'), failOn: input('failOn'), disable: input('disable'),
    baseRef: input('baseRef'), targetDatabaseUrl: input('targetDatabaseUrl'), statementTimeout: input('statementTimeout'),
    drift: input('drift'), driftIgnore: input('driftIgnore'), rehearsalDatabaseUrl: input('rehearsalDatabaseUrl'), rehearsalLockThreshold: input('rehearsalLockThreshold'),
    lockTimeout: input('lockTimeout'), runTimeout: input('runTimeout'), scope: input('scope'), seedData: input('seedData'), root,
  }, ACTION_INPUTS, config, root, DEFAULTS.migrationsPath), (key) => `input '${ACTION_INPUTS[key]}'`, env), config);
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event?.pull_request;
  const baseSha = pr?.base?.sha;
  settings.pullRequestBase = typeof baseSha === 'string' && /^[0-9a-f]{7,64}$/i.test(baseSha) ? baseSha : undefined;

  const comment = (extra('comment') ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(comment)) throw new SettingsError(`input 'comment' must be true or false, got '${comment}'`);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const fullName = event?.repository?.full_name;
  const repository = env.GITHUB_REPOSITORY || (typeof fullName === 'string' ? fullName : undefined);
  const sarifFile = extra('sarif-file');
  return {
    ...settings,
    reportPath: extra('report-path') || path.join(env.RUNNER_TEMP || os.tmpdir(), 'migration-guard-report.json'),
    sarifFile: sarifFile && path.resolve(root, sarifFile),
    comment: comment === 'true',
    githubToken: extra('github-token'),
    github: {
      serverUrl,
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
      repository,
      runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      pullRequest: typeof pr?.number === 'number' ? { number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined } : undefined,
    },
  };
}

/** The parts of an event payload we read; every field may be missing. */
interface EventPayload {
  pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } };
  repository?: { full_name?: unknown };
}

/** The event payload (pull_request, push, ...); undefined when absent or unreadable. */
function readEvent(eventPath: string | undefined): EventPayload | undefined {
  if (!eventPath) return undefined;
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
}

export type OutputFormat = 'text' | 'json' | 'github' | 'sarif';

export interface CliCommand {
  settings: Settings;
  format: OutputFormat;
  output?: string;
}

export const CLI_USAGE = `Usage: migration-guard check [DIR] [options]

Applies every migration in DIR (default: migrations) up, down and up again on a
throw-away PostgreSQL, as golang-migrate, goose or dbmate would, and checks the
directory itself.

Options:
  --postgres auto|local|embedded|docker|url   how to get a PostgreSQL (default: auto)
  --database-url URL          server to create a scratch database on (implies url)
  --postgres-version N        major version to run, e.g. 16
  --postgres-image IMAGE      image for the docker provider (default: postgres:<version>-alpine)
  --migration-tool auto|golang-migrate|goose|dbmate
                              the tool that runs DIR (default: auto, decided from the files)
  --migrations-table NAME     the tool's version table (default: schema_migrations for
                              golang-migrate and dbmate, goose_db_version for goose)
  --fail-on error|warning|never  lowest severity that fails the run (default: error)
  --disable CHECK,...         checks to skip
  --base REF                  branch, tag or commit whose migrations are already applied
                              (e.g. the last release tag); enables the history checks
  --target-database-url URL   deployed database: read its version table and schema (read-only)
  --drift true|false          compare the target's schema with the migrations' (default: true)
  --drift-ignore PATTERN,...  objects that are not drift, e.g. 'public.legacy_*'
  --rehearsal-database-url URL  a disposable copy of the target: the pending migrations are
                              rehearsed there up, down and up (it is left migrated)
  --rehearsal-lock-threshold D  report locks that block traffic held longer (default: 1s)
  --statement-timeout D       cancel a file that runs longer (default: 5m; 0: none)
  --lock-timeout D            PostgreSQL lock_timeout for every file (default: 30s)
  --run-timeout D             end the whole run with a partial report (default: 30m)
  --scope all|changed         changed: with --base, only added or edited migrations get
                              up/down/up; the others are applied up once (default: all)
  --no-seed-data              run on empty tables: no generated rows, so no up-fails-on-data
                              or down-loses-data (default: seed the tables each migration touches)
  --large-table-rows N        with --target-database-url, findings on tables with more
                              estimated rows become errors (default: 1000000)
  --format text|json|github|sarif  output format (default: text)
  --output FILE               write the report to FILE instead of standard output
  -h, --help                  show this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or infrastructure failure.`;

const CLI_FLAGS: Record<keyof RawSettings, string> = {
  migrationsPath: 'DIR', postgres: '--postgres', databaseUrl: '--database-url', postgresVersion: '--postgres-version',
  postgresImage: '--postgres-image', migrationsTable: '--migrations-table', migrationTool: '--migration-tool', failOn: '--fail-on', disable: '--disable',
  baseRef: '--base', targetDatabaseUrl: '--target-database-url', drift: '--drift', driftIgnore: '--drift-ignore',
  rehearsalDatabaseUrl: '--rehearsal-database-url', rehearsalLockThreshold: '--rehearsal-lock-threshold', statementTimeout: '--statement-timeout',
  lockTimeout: '--lock-timeout', runTimeout: '--run-timeout', scope: '--scope', seedData: '--no-seed-data', largeTableRows: '--large-table-rows', root: 'the current directory',
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

function rowCount(value: string | undefined, input: string): number {
  const text = value?.trim().replace(/[_,]/g, '') || '1000000';
  if (!/^\d+$/.test(text)) throw new SettingsError(`${input} must be a number of rows such as 1000000, got '${value}'`);
  return Number(text);
}

/** Returns undefined for --help. */
export function settingsFromArgs(argv: string[], cwd = process.cwd()): CliCommand | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        postgres: { type: 'string' }, 'database-url': { type: 'string' }, 'postgres-version': { type: 'string' },
        'postgres-image': { type: 'string' }, 'migrations-table': { type: 'string' }, 'migration-tool': { type: 'string' }, 'fail-on': { type: 'string' },
        disable: { type: 'string', multiple: true }, format: { type: 'string' }, output: { type: 'string' },
        base: { type: 'string' }, 'target-database-url': { type: 'string' }, drift: { type: 'string' }, 'drift-ignore': { type: 'string' },
        'rehearsal-database-url': { type: 'string' }, 'rehearsal-lock-threshold': { type: 'string' },
        'statement-timeout': { type: 'string' }, 'lock-timeout': { type: 'string' }, 'run-timeout': { type: 'string' },
        scope: { type: 'string' }, 'no-seed-data': { type: 'boolean' }, 'large-table-rows': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new SettingsError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  const [command, dir, ...extra] = positionals;
  if (command !== 'check') throw new SettingsError(command ? `unknown command '${command}'; the command is 'check'` : "missing command: use 'migration-guard check [DIR]'");
  if (extra.length) throw new SettingsError(`unexpected arguments: ${extra.join(' ')}`);
  const format = (values.format ?? 'text') as OutputFormat;
  if (!['text', 'json', 'github', 'sarif'].includes(format)) throw new SettingsError(`--format must be one of text, json, github, sarif, got '${format}'`);
  const config = configIn(cwd);
  const settings = withConfigFile(toSettings(withConfig({
    migrationsPath: dir, largeTableRows: values['large-table-rows'],
    postgres: values.postgres, databaseUrl: values['database-url'], postgresVersion: values['postgres-version'],
    postgresImage: values['postgres-image'], migrationsTable: values['migrations-table'], migrationTool: values['migration-tool'], failOn: values['fail-on'],
    disable: (values.disable ?? []).join(','), baseRef: values.base, targetDatabaseUrl: values['target-database-url'],
    drift: values.drift, driftIgnore: values['drift-ignore'], rehearsalDatabaseUrl: values['rehearsal-database-url'], rehearsalLockThreshold: values['rehearsal-lock-threshold'],
    statementTimeout: values['statement-timeout'], lockTimeout: values['lock-timeout'], runTimeout: values['run-timeout'],
    scope: values.scope, seedData: values['no-seed-data'] ? 'false' : 'true', root: cwd,
  }, ACTION_INPUTS, config, cwd, DEFAULTS.migrationsPath), (key) => CLI_FLAGS[key]), config);
  return { settings, format, output: values.output };
}
