import { FORMATS, toolList } from '../formats';
import { COMMAND_OPTIONS, SHARED_SETTINGS, settingRow, type CliFlag } from './table';

/** `migration-guard --help` and `migration-guard help`. */
export const GENERAL_USAGE = `Usage: migration-guard <command> [options]

Proves SQL migrations (${FORMATS.map((f) => f.words.label).join(', ')}) safe on a throw-away
PostgreSQL: up, down and up again, with catalog snapshots.

Commands:
  check [DIR]        check the migrations in DIR (default: migrations)
  fix [DIR]          check, then apply every verified fix (--dry-run: print the diff)
  merge REPORT...    merge the JSON reports of check --shard k/n into one report
  help [COMMAND]     show the help of a command

Options:
  --version          print the version
  -h, --help         show this help

Run 'migration-guard help check' for the options of check.`;

/** Where the help of an option starts. */
const HELP_COLUMN = 30;
/** An option longer than this gets its help on the lines below it. */
const LONGEST_ON_ONE_LINE = 44;

/** `-j, --jobs N|auto`: the flag as `help` shows it, with its value (a setting with choices shows them). */
export function flagLabel(cli: CliFlag, choices?: readonly string[]): string {
  const value = cli.turnsOff ? undefined : (cli.value ?? choices?.join('|'));
  return `${cli.short ? `-${cli.short}, ` : ''}${cli.flag}${value ? ` ${value}` : ''}`;
}

/** An option's lines: the label, then its help from HELP_COLUMN (below it when the label is too long). */
function optionLines(label: string, help: readonly string[]): string[] {
  const head = `  ${label}`;
  const indent = ' '.repeat(HELP_COLUMN);
  if (head.length > LONGEST_ON_ONE_LINE) return [head, ...help.map((line) => indent + line)];
  const first = head.length <= HELP_COLUMN - 2 ? head.padEnd(HELP_COLUMN) : `${head}  `;
  return [first + help[0], ...help.slice(1).map((line) => indent + line)];
}

const commandOption = (flag: string) => COMMAND_OPTIONS.filter((o) => o.flag === flag).flatMap((o) => optionLines(flagLabel(o), o.help));
const OUTPUT_OPTIONS = ['--format', '--output', '--quiet', '--help'].flatMap(commandOption);

/** Every setting's flag, in the table's order (the positional DIR is in the usage line). */
const SETTING_OPTIONS = SHARED_SETTINGS.flatMap((row) =>
  row.cli && row.cli.help.length ? optionLines(flagLabel(row.cli, row.choices), row.cli.help) : [],
);

/** `migration-guard help check` and `migration-guard check --help`. */
export const CHECK_USAGE = [
  'Usage: migration-guard check [DIR] [options]',
  '',
  `Applies every migration in DIR (default: ${settingRow('migrations-path').default ?? ''}) up, down and up again on a`,
  `throw-away PostgreSQL, as ${toolList('or')} would, and checks the`,
  'directory itself.',
  '',
  'Options:',
  ...SETTING_OPTIONS,
  ...OUTPUT_OPTIONS,
  '',
  'Inside GitHub Actions (GITHUB_ACTIONS=true) the base is read from the event, as the',
  "action does: a pull request's or merge group's base, or the commit before a push.",
  'Colour: on when standard output is a terminal; NO_COLOR turns it off, FORCE_COLOR on.',
  '',
  'Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or infrastructure failure.',
].join('\n');

/** `migration-guard help fix` and `migration-guard fix --help`. */
export const FIX_USAGE = [
  'Usage: migration-guard fix [DIR] [options]',
  '',
  'Checks DIR as check does, then writes every verified fix into the migration files:',
  'each fix was run on a scratch database at the same state and removed its finding',
  'without bringing a new one. Prints what it changed; run check again afterwards.',
  '',
  'Options:',
  ...commandOption('--dry-run'),
  "  (and every option of check: 'migration-guard help check')",
  '',
  'Exit codes: 0 the fixes were applied (or printed), 2 bad usage or infrastructure failure.',
].join('\n');

/** `migration-guard help merge` and `migration-guard merge --help`. */
export const MERGE_USAGE = [
  'Usage: migration-guard merge REPORT... [options]',
  '',
  "Merges the JSON reports of 'migration-guard check --shard k/n --format json'",
  '(one per shard, every shard once) into one report: findings, verdict and exit',
  'code as one run over the whole directory would give them. Says so when a shard',
  'did not start from the database the shard before it ended with.',
  '',
  'Options:',
  ...OUTPUT_OPTIONS,
  '',
  "Exit codes: 0 nothing at or above the shards' fail-on, 1 findings at or above it,",
  '2 bad usage, reports that cannot be merged, or a shard that could not finish.',
].join('\n');
