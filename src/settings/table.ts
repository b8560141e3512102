import type { FailOn } from '../findings';
import { defaultTables, type ToolChoice } from '../formats';
import { TOOL_NAMES } from '../formats/format';
import { PROVIDER_CHOICES } from '../servers/select-provider';
import * as read from './readers';
import type { ActionSettings } from './types';

/** How the command line carries a setting. */
export interface CliFlag {
  /** `--postgres`; `DIR` for the positional argument. */
  flag: string;
  /** What the value looks like in `help check` (URL, N, D); a setting with choices shows them instead. */
  value?: string;
  short?: string;
  /** A flag without a value that turns the setting off (--no-observe); absent, the setting is on. */
  turnsOff?: boolean;
  /** Given more than once, the values are joined with commas. */
  multiple?: boolean;
  /** Its lines in `help check`, after the flag; none for the positional argument. */
  help: readonly string[];
}

interface Row<F extends keyof ActionSettings> {
  /** The action input; also the key in .migration-guard.yml when `config` is 'yes'. */
  input: string;
  /** The field of the settings it fills. */
  field: F;
  /** The command line's flag; absent: an action input only. */
  cli?: CliFlag;
  /** yes: .migration-guard.yml may set it; secret: the file refuses it (it holds a password); no: not a key there. */
  config: 'yes' | 'secret' | 'no';
  /** What the reader falls back to when nothing sets it; action.yml, the README and `help check` state it. */
  default?: string;
  /** action.yml's `default:` ('' unless given: left empty, so that .migration-guard.yml can set it). */
  actionDefault?: string;
  /** The values it accepts, in the order `help check` and the messages list them. */
  choices?: readonly string[];
  /** A connection string: its password becomes a secret, its notes are printed (settings.ts). */
  connection?: boolean;
  read: read.Reader<ActionSettings[F]>;
}

/** One row of the table: the row's `read` returns what its field holds. */
export type SettingRow = { [F in keyof ActionSettings]-?: Row<F> }[keyof ActionSettings];

const TOOL_CHOICES: readonly ToolChoice[] = ['auto', ...TOOL_NAMES];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const SCOPES = ['all', 'changed'] as const;

/**
 * Every setting, declared once, in the order `help check` lists them: the action's input reader, the CLI's flags,
 * the config file's keys and `help check` are derived from it; test/unit/settings-table.test.ts compares it with
 * action.yml and the README.
 */
export const SETTINGS: readonly SettingRow[] = [
  { input: 'migrations-path', field: 'migrationsPath', config: 'yes', default: 'migrations', cli: { flag: 'DIR', help: [] }, read: read.directory },
  {
    input: 'config',
    field: 'configFile',
    config: 'no',
    cli: {
      flag: '--config',
      value: 'FILE',
      help: ['settings file to read instead of .migration-guard.yml at the', 'root (e.g. services/billing/.migration-guard.yml)'],
    },
    read: read.optionalFile,
  },
  {
    input: 'postgres',
    field: 'postgres',
    config: 'yes',
    default: 'auto',
    cli: { flag: '--postgres', help: ['how to get a PostgreSQL (default: auto)'] },
    ...read.oneOf(PROVIDER_CHOICES),
  },
  {
    input: 'database-url',
    field: 'databaseUrl',
    config: 'secret',
    connection: true,
    cli: { flag: '--database-url', value: 'URL', help: ['server to create a scratch database on (implies url)'] },
    read: read.optionalText,
  },
  {
    input: 'postgres-version',
    field: 'postgresVersion',
    config: 'yes',
    cli: { flag: '--postgres-version', value: 'N', help: ['major version to run, e.g. 16'] },
    read: read.postgresMajor,
  },
  {
    input: 'postgres-image',
    field: 'postgresImage',
    config: 'yes',
    cli: { flag: '--postgres-image', value: 'IMAGE', help: ['image for the docker provider (default: postgres:<version>-alpine)'] },
    read: read.optionalText,
  },
  {
    input: 'migration-tool',
    field: 'migrationTool',
    config: 'yes',
    default: 'auto',
    cli: { flag: '--migration-tool', help: ['the tool that runs DIR (default: auto, decided from the files)'] },
    ...read.oneOf(TOOL_CHOICES),
  },
  {
    input: 'migrations-table',
    field: 'migrationsTable',
    config: 'yes',
    cli: {
      flag: '--migrations-table',
      value: 'NAME',
      help: wrapped(`the tool's version table (default: ${defaultTables()})`),
    },
    read: read.tableName,
  },
  {
    input: 'fail-on',
    field: 'failOn',
    config: 'yes',
    default: 'error',
    cli: { flag: '--fail-on', help: ['lowest severity that fails the run (default: error)'] },
    ...read.oneOf(FAIL_ON),
  },
  {
    input: 'disable',
    field: 'disabled',
    config: 'yes',
    cli: { flag: '--disable', value: 'CHECK,...', multiple: true, help: ['checks to skip'] },
    read: read.checkIds,
  },
  {
    input: 'base-ref',
    field: 'baseRef',
    config: 'yes',
    cli: {
      flag: '--base',
      value: 'REF',
      help: ['branch, tag or commit whose migrations are already applied', '(e.g. the last release tag); enables the history checks'],
    },
    read: read.optionalText,
  },
  {
    input: 'target-database-url',
    field: 'targetDatabaseUrl',
    config: 'secret',
    connection: true,
    cli: { flag: '--target-database-url', value: 'URL', help: ['deployed database: read its version table and schema (read-only)'] },
    read: read.optionalText,
  },
  {
    input: 'drift',
    field: 'drift',
    config: 'yes',
    default: 'true',
    cli: { flag: '--drift', help: ["compare the target's schema with the migrations' (default: true)"] },
    ...read.yesNo(),
  },
  {
    input: 'drift-ignore',
    field: 'driftIgnore',
    config: 'yes',
    cli: { flag: '--drift-ignore', value: 'PATTERN,...', help: ["objects that are not drift, e.g. 'public.legacy_*'"] },
    read: read.listOf,
  },
  {
    input: 'rehearsal-database-url',
    field: 'rehearsalDatabaseUrl',
    config: 'secret',
    connection: true,
    cli: {
      flag: '--rehearsal-database-url',
      value: 'URL',
      help: ['a disposable copy of the target: the pending migrations are', 'rehearsed there up, down and up (it is left migrated)'],
    },
    read: read.optionalText,
  },
  {
    input: 'rehearsal-lock-threshold',
    field: 'rehearsalLockThresholdMs',
    config: 'yes',
    default: '1s',
    cli: { flag: '--rehearsal-lock-threshold', value: 'D', help: ['report locks that block traffic held longer (default: 1s)'] },
    read: read.duration,
  },
  {
    input: 'statement-timeout',
    field: 'statementTimeoutMs',
    config: 'yes',
    // Generous for an empty throw-away database; a file that runs this long there is stuck.
    default: '5m',
    cli: { flag: '--statement-timeout', value: 'D', help: ['cancel a file that runs longer (default: 5m; 0: none)'] },
    read: read.duration,
  },
  {
    input: 'lock-timeout',
    field: 'lockTimeoutMs',
    config: 'yes',
    default: '30s',
    cli: { flag: '--lock-timeout', value: 'D', help: ['PostgreSQL lock_timeout for every file (default: 30s)'] },
    read: read.duration,
  },
  {
    input: 'run-timeout',
    field: 'runTimeoutMs',
    config: 'yes',
    // Well under GitHub's 6-hour job limit, so a stuck run still reports what it checked.
    default: '30m',
    cli: { flag: '--run-timeout', value: 'D', help: ['end the whole run with a partial report (default: 30m)'] },
    read: read.duration,
  },
  {
    input: 'scope',
    field: 'scope',
    config: 'yes',
    cli: {
      flag: '--scope',
      help: [
        'changed: with a base, only added or edited migrations get',
        'up/down/up; the others are applied up once (default: changed',
        'on a pull request in GitHub Actions, all otherwise). all set',
        'here lists the lock and data findings of merged migrations',
        'too (left unset, they are one notice per check, and rows are',
        'seeded for the change alone), and on the command line takes',
        "no base from the remote's default branch",
      ],
    },
    // No fixed default: `changed` on pull requests, unset otherwise (event.ts): unset is `all` with history folded.
    choices: SCOPES,
    read: (text, context) =>
      text?.trim() || context.scopeDefault ? read.pick(text, SCOPES, { ...context, fallback: context.scopeDefault ?? '' }) : undefined,
  },
  {
    input: 'setup-sql',
    field: 'setupSql',
    config: 'yes',
    cli: {
      flag: '--setup-sql',
      value: 'FILE',
      help: ['SQL run on each scratch database before the first migration', '(roles, schemas the platform provides; see README)'],
    },
    read: read.sqlFile,
  },
  {
    input: 'seed-data',
    field: 'seedData',
    config: 'yes',
    default: 'true',
    cli: {
      flag: '--no-seed-data',
      turnsOff: true,
      help: [
        'run on empty tables: no generated rows, so no up-fails-on-data',
        'or down-loses-data (default: seed the tables each migration touches)',
      ],
    },
    ...read.yesNo(),
  },
  {
    input: 'observe',
    field: 'observe',
    config: 'yes',
    default: 'true',
    cli: { flag: '--no-observe', turnsOff: true, help: ['do not watch locks, rewrites and scans during each first up'] },
    ...read.yesNo(),
  },
  {
    input: 'fixes',
    field: 'fixes',
    config: 'yes',
    default: 'true',
    cli: {
      flag: '--no-fixes',
      turnsOff: true,
      help: ['do not try fixes: no verified fix is offered with the findings', '(default: try each fixable finding of the change once)'],
    },
    ...read.yesNo(),
  },
  {
    input: 'large-table-rows',
    field: 'largeTableRows',
    config: 'yes',
    default: '1000000',
    cli: {
      flag: '--large-table-rows',
      value: 'N',
      help: ['with --target-database-url, findings on tables with more', 'estimated rows become errors (default: 1000000)'],
    },
    read: read.rowCount,
  },
  {
    input: 'jobs',
    field: 'jobs',
    config: 'yes',
    default: 'auto',
    cli: {
      flag: '--jobs',
      short: 'j',
      value: 'N|auto',
      help: [
        'segments checked at the same time, each in its own database,',
        'with the findings of one sequential run (default: auto, as',
        'many as the cores and the checked migrations pay for)',
      ],
    },
    read: read.jobCount,
  },
  {
    input: 'shard',
    field: 'shard',
    config: 'no',
    cli: {
      flag: '--shard',
      value: 'k/n',
      help: ['check only the k-th of n parts (a workflow matrix); merge the', "JSON reports with 'migration-guard merge'"],
    },
    read: read.shardOf,
  },
  // The action's own inputs: the command line has its own ways (merge, --output, --format sarif).
  { input: 'merge-reports', field: 'mergeReports', config: 'no', read: read.listOf },
  { input: 'comment', field: 'comment', config: 'no', default: 'true', actionDefault: 'true', read: read.commentSwitch },
  { input: 'github-token', field: 'githubToken', config: 'secret', actionDefault: '${{ github.token }}', read: read.optionalText },
  { input: 'sarif-file', field: 'sarifFile', config: 'no', read: read.optionalFile },
  { input: 'report-path', field: 'reportPath', config: 'no', read: read.reportFile },
];

/** The settings both the action and the command line read (the action's own inputs aside). */
export const SHARED_SETTINGS = SETTINGS.filter((row) => row.cli);

/** The inputs only the action reads. */
export const ACTION_ONLY_SETTINGS = SETTINGS.filter((row) => !row.cli);

/** The row of an input name. */
export function settingRow(input: string): SettingRow {
  const row = SETTINGS.find((r) => r.input === input);
  if (!row) throw new Error(`no setting named ${input}`);
  return row;
}

/** The output formats of check and merge. */
export const OUTPUT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;

/** The command line's own options: how to print, not what to check (no input or config key has them). */
export const COMMAND_OPTIONS: readonly CliFlag[] = [
  { flag: '--format', value: OUTPUT_FORMATS.join('|'), help: ['output format (default: text)'] },
  { flag: '--output', value: 'FILE', help: ['write the report to FILE instead of standard output'] },
  { flag: '--quiet', short: 'q', help: ['print only the findings and the verdict line'] },
  { flag: '--dry-run', help: ['fix: print the changes as a unified diff, write nothing'] },
  { flag: '--help', short: 'h', help: ['show this help'] },
  { flag: '--version', help: ['print the version'] },
];

/** Help text longer than a line, cut at spaces into lines of at most `width` characters, as `help check` shows them. */
function wrapped(text: string, width = 56): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
