import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_USAGE, FIX_USAGE, GENERAL_USAGE, MERGE_USAGE } from './cli-usage';
import { closest } from '../check-support/did-you-mean';
import { isNegativeDuration } from '../durations';
import { duration } from './readers';
import { SettingsError } from './error';
import { readEvent } from './event';
import { settingsFrom, type NameOf, type RawSettings, type Settings } from './settings';
import { COMMAND_OPTIONS, OUTPUT_FORMATS, SHARED_SETTINGS, type CliFlag } from './table';

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliCommand {
  settings: Settings;
  format: OutputFormat;
  output?: string;
  /** Only the findings and the verdict line. */
  quiet: boolean;
}

/** What a command line asks for: a check, a help text, or the version. */
export type CliRequest =
  | { kind: 'check'; command: CliCommand }
  /** `migration-guard fix [DIR]`: a check, then its verified fixes written (or printed as a diff with --dry-run). */
  | { kind: 'fix'; command: CliCommand; dryRun: boolean }
  | { kind: 'merge'; command: MergeCommand }
  | { kind: 'help'; text: string }
  | { kind: 'version' };

/** `migration-guard merge REPORT...`: the shards' JSON reports joined into one report, as one run would give it. */
export interface MergeCommand {
  files: string[];
  format: OutputFormat;
  output?: string;
  quiet: boolean;
  /** Paths in the reports are relative to this directory (the current one, as for check). */
  root: string;
}

const COMMANDS = ['check', 'fix', 'merge', 'help'];

/** A flag's name for node:util's parseArgs: `--fail-on` -> `fail-on`; undefined for the positional DIR. */
const optionName = (cli: CliFlag) => (cli.flag.startsWith('--') ? cli.flag.slice(2) : undefined);

/** node:util's parseArgs options: every setting's flag in the table's order, then the command's own options. */
const CLI_OPTIONS = Object.fromEntries(
  [
    ...SHARED_SETTINGS.flatMap((row) => (row.cli ? [{ ...row.cli, takesValue: !row.cli.turnsOff }] : [])),
    ...COMMAND_OPTIONS.map((o) => ({ ...o, takesValue: !!o.value })),
  ]
    .filter((o) => optionName(o))
    .map((o) => [
      optionName(o),
      { type: o.takesValue ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
    ]),
) as Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** How the command line names a setting in messages: its flag (DIR for the directory). */
const flagName: NameOf = (row) => row.cli?.flag ?? row.input;

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
    throw new SettingsError(argumentError(error as Error & { code?: string }, argv));
  }
  const { values, positionals } = parsed;
  const [command, dir, ...extra] = positionals;
  if (values.version) return { kind: 'version' };
  if (command && !COMMANDS.includes(command)) {
    const near = closest(command, COMMANDS);
    throw new SettingsError(`unknown command '${command}'; ${near ? `did you mean '${near}'?` : "the commands are 'check' and 'help'"}`);
  }
  if (command === 'help') return { kind: 'help', text: helpOf(dir) };
  if (values.help) return { kind: 'help', text: command ? helpOf(command) : GENERAL_USAGE };
  if (!command) throw new SettingsError("missing command: use 'migration-guard check [DIR]' ('migration-guard help' lists the commands)");
  const format = (values.format ?? 'text') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new SettingsError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got '${format}'`);
  const output = typeof values.output === 'string' ? outputFile(values.output, cwd) : undefined;
  const quiet = !!values.quiet;
  if (command === 'merge') {
    const files = [dir, ...extra].filter((f): f is string => !!f).map((f) => path.resolve(cwd, f));
    if (!files.length) throw new SettingsError("merge needs the shards' JSON reports: migration-guard merge shard-1.json shard-2.json ...");
    return { kind: 'merge', command: { files, format, output, quiet, root: cwd } };
  }
  if (extra.length) throw new SettingsError(`unexpected arguments: ${extra.join(' ')}`);
  if (values['dry-run'] && command !== 'fix') throw new SettingsError('--dry-run goes with fix: migration-guard fix [DIR] --dry-run');
  const event = env.GITHUB_ACTIONS === 'true' && env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
  const read = settingsFrom(rawOf(values, dir), cwd, flagName, env, event);
  // Outside GitHub Actions the remote's default branch is the base, unless a base is given or scope: all asks for everything.
  const settings = { ...read, defaultBranchBase: env.GITHUB_ACTIONS !== 'true' && !read.baseRef && read.scope !== 'all' };
  if (command === 'fix') return { kind: 'fix', command: { settings, format, output, quiet }, dryRun: !!values['dry-run'] };
  return { kind: 'check', command: { settings, format, output, quiet } };
}

/** `help`, `help check`, `help merge`, `help help`. */
function helpOf(command: string | undefined): string {
  if (!command || command === 'help') return GENERAL_USAGE;
  if (command === 'check') return CHECK_USAGE;
  if (command === 'fix') return FIX_USAGE;
  if (command === 'merge') return MERGE_USAGE;
  throw new SettingsError(`no help for '${command}': the commands are 'check', 'fix', 'merge' and 'help'`);
}

/** The settings' texts by input name, as the flags give them: a switch gives 'false' when present, 'true' when not. */
function rawOf(values: Record<string, string | boolean | (string | boolean)[] | undefined>, dir: string | undefined): RawSettings {
  const raw: Record<string, string | undefined> = {};
  for (const row of SHARED_SETTINGS) {
    const name = row.cli && optionName(row.cli);
    const value = name ? values[name] : dir;
    if (row.cli?.turnsOff) raw[row.input] = value ? 'false' : 'true';
    else raw[row.input] = Array.isArray(value) ? value.join(',') : row.cli?.multiple ? '' : (value as string | undefined);
  }
  return raw;
}

/** node:util's parse errors, in our words: "unknown option --fromat; did you mean --format?". */
function argumentError(error: Error & { code?: string }, argv: string[]): string {
  const first = error.message.split('\n')[0];
  const flag = /'(-[^' ]*)/.exec(first)?.[1] ?? '';
  if (/argument is ambiguous/.test(first)) {
    // `--lock-timeout -5s`: parseArgs will not take a value that starts with a dash.
    const value = argv[argv.indexOf(flag) + 1] ?? '';
    const row = SHARED_SETTINGS.find((r) => r.cli?.flag === flag);
    if (row?.read === duration && isNegativeDuration(value))
      return `${flag} cannot be negative, got '${value}': give a duration such as 30s or 1m30s (0: no limit)`;
    return `${flag} got '${value}', which starts with a dash: write ${flag}=${value} if that is the value`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(CLI_OPTIONS).map((name) => `--${name}`);
    const near = flag.startsWith('--') ? closest(flag, known) : undefined;
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
