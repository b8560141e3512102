import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHECK_IDS } from '../checks/ids';
import { isNegativeDuration, MAX_DURATION_MS, parseDuration } from '../durations';
import { SettingsError } from './error';

/** What a reader knows besides the text: how the user names the setting, its default, where the run is. */
export interface ReadContext {
  /** The input or flag a user would fix: "input 'fail-on'", "--fail-on". */
  name: string;
  /** The table's default for this setting ('' when it has none). */
  fallback: string;
  /** Where the config file is, and what relative paths are relative to. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** The scope when nothing sets it: `changed` on pull requests, else unset (see scopeDefaultFor in event.ts). */
  scopeDefault: 'changed' | undefined;
}

/** Text as an input, flag or config key carries it (undefined: not given) -> the value, or a SettingsError naming the setting. */
export type Reader<T> = (text: string | undefined, context: ReadContext) => T;

/** Major versions a provider can run: PostgreSQL 10 to the next release (raise POSTGRES_MAX with each PostgreSQL release). */
export const POSTGRES_MIN = 10;
export const POSTGRES_MAX = 19;

/** Trimmed; empty: not set. */
export const optionalText: Reader<string | undefined> = (text) => text?.trim() || undefined;

/** Words separated by commas or white space. */
export const listOf: Reader<string[]> = (text) =>
  (text ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** One of `choices` (empty: the fallback); the choices are also what `help` shows as the flag's value. */
export function oneOf<T extends string>(choices: readonly T[]): { choices: readonly T[]; read: Reader<T> } {
  return { choices, read: (text, context) => pick(text, choices, context) };
}

/** true or false, in any case. */
export function yesNo(): { choices: readonly string[]; read: Reader<boolean> } {
  const choices = ['true', 'false'] as const;
  return { choices, read: (text, context) => pick(text?.toLowerCase(), choices, context) === 'true' };
}

export function pick<T extends string>(
  text: string | undefined,
  choices: readonly T[],
  { name, fallback }: Pick<ReadContext, 'name' | 'fallback'>,
): T {
  const v = (text ?? '').trim() || fallback;
  if (!choices.includes(v as T)) throw new SettingsError(`${name} must be one of ${choices.join(', ')}, got '${v}'`);
  return v as T;
}

/** A duration (30s, 5m, 1500 ms); PostgreSQL's timeouts and Node's timers both stop at 2^31-1 ms (about 24.8 days). */
export const duration: Reader<number> = (text, { name, fallback }) => {
  const ms = parseDuration(text?.trim() || fallback);
  if (ms === undefined && isNegativeDuration(text ?? ''))
    throw new SettingsError(`${name} cannot be negative, got '${text?.trim() ?? ''}': give a duration such as 30s or 1m30s (0: no limit)`);
  if (ms === undefined)
    throw new SettingsError(`${name} must be a duration such as 30s, 1m30s, 5m or 1500 (milliseconds), got '${text ?? fallback}'`);
  if (ms > MAX_DURATION_MS) throw new SettingsError(`${name} is too long: at most ${MAX_DURATION_MS} ms (about 24 days), got '${text ?? fallback}'`);
  return ms;
};

/** A directory, resolved against the root (where the config file is). */
export const directory: Reader<string> = (text, { root, fallback }) => path.resolve(root, text?.trim() ? text : fallback).trim();

/** A file, resolved against the root; empty: none. */
export const optionalFile: Reader<string | undefined> = (text, { root }) => {
  const file = text?.trim() || undefined;
  return file && path.resolve(root, file);
};

/** A file of SQL, resolved against the root and read now; empty: none. A missing or unreadable file is an error naming the setting. */
export const sqlFile: Reader<{ file: string; sql: string } | undefined> = (text, context) => {
  const file = optionalFile(text, context);
  if (!file) return undefined;
  try {
    return { file, sql: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SettingsError(`${context.name}: cannot read ${file}: ${reason}`);
  }
};

/** Check ids, validated against the registry's list. */
export const checkIds: Reader<Set<string>> = (text, context) => {
  const ids = new Set(listOf(text, context));
  for (const id of ids) {
    if (!CHECK_IDS.includes(id)) throw new SettingsError(`${context.name} names an unknown check '${id}'; known checks: ${CHECK_IDS.join(', ')}`);
  }
  return ids;
};

export const postgresMajor: Reader<string | undefined> = (text, { name }) => {
  const version = text?.trim() || undefined;
  if (version && !/^\d+$/.test(version)) throw new SettingsError(`${name} must be a major version such as 16, got '${version}'`);
  if (version && (Number(version) < POSTGRES_MIN || Number(version) > POSTGRES_MAX)) {
    throw new SettingsError(`${name} must be a PostgreSQL major version from ${POSTGRES_MIN} to ${POSTGRES_MAX}, got '${version}'`);
  }
  return version;
};

export const tableName: Reader<string | undefined> = (text, { name }) => {
  const table = text?.trim() || undefined;
  if (table && table.length > 63) throw new SettingsError(`${name} is longer than PostgreSQL's 63-character identifier limit`);
  return table;
};

/** A number of rows; `_` and `,` may group the digits. */
export const rowCount: Reader<number> = (text, { name, fallback }) => {
  const digits = text?.trim().replace(/[_,]/g, '') || fallback;
  if (!/^\d+$/.test(digits)) throw new SettingsError(`${name} must be a number of rows such as 1000000, got '${text ?? ''}'`);
  if (!Number.isSafeInteger(Number(digits)))
    throw new SettingsError(`${name} is larger than any table can be: at most ${Number.MAX_SAFE_INTEGER}, got '${text?.trim() ?? ''}'`);
  return Number(digits);
};

/** jobs: a whole number from 1 to 256; empty or `auto`: up to the machine's cores (os.availableParallelism), as the work pays. */
export const jobCount: Reader<{ max: number; auto: boolean }> = (text, { name }) => {
  const value = text?.trim().toLowerCase() ?? '';
  if (!value || value === 'auto') return { max: Math.max(1, os.availableParallelism()), auto: true };
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new SettingsError(`${name} must be a number from 1 to 256 or auto, got '${text ?? ''}'`);
  return { max: n, auto: false };
};

/** shard: `k/n`, 1 <= k <= n (e.g. 2/4 from a matrix); empty: no sharding. */
export const shardOf: Reader<{ index: number; of: number } | undefined> = (text, { name }) => {
  const value = text?.trim() ?? '';
  if (!value) return undefined;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const [index, of] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || index < 1 || of < 1 || index > of || of > 256)
    throw new SettingsError(`${name} must be k/n with 1 <= k <= n <= 256, e.g. 2/4 from a matrix (\${{ matrix.shard }}/4), got '${value}'`);
  return { index, of };
};

/** The action's comment input: true or false (its own message, older than pick's). */
export const commentSwitch: Reader<boolean> = (text, { name, fallback }) => {
  const comment = (text?.trim() || fallback).toLowerCase();
  if (!['true', 'false'].includes(comment)) throw new SettingsError(`${name} must be true or false, got '${comment}'`);
  return comment === 'true';
};

/** The action's report-path: empty: the runner's temporary directory. */
export const reportFile: Reader<string> = (text, { env }) => text?.trim() || path.join(env.RUNNER_TEMP || os.tmpdir(), 'migration-guard-report.json');
