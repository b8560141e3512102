import { CHECK_IDS } from '../checks/ids';
import { shardSegment } from '../engine/parallel/segments';
import { cut, logLine } from './escape';
import type { JsonReport } from './json';

/** Shards' reports that cannot be merged: one line naming the file(s) and what to do. */
export class MergeError extends Error {}

export type ShardReport = JsonReport & { shard: NonNullable<JsonReport['shard']> };
export interface ShardInput {
  file: string;
  report: ShardReport;
}

const SEVERITIES = ['error', 'warning', 'notice'];
const FAIL_ON = ['error', 'warning', 'never'];
const KNOWN_CHECKS = new Set(CHECK_IDS);

/**
 * A shard's report as `check --shard k/n --format json` writes it, or a MergeError. Everything the reporters use is
 * checked here (a forged or hand-edited report once made the CLI crash on an unknown severity and the action pass).
 */
export function parseShard(file: string, text: string): ShardReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${file} is not JSON (${(error as Error).message}): give the reports of check --format json`);
  }
  const report = value as Partial<ShardReport> | null;
  if (!report || typeof report !== 'object' || !Array.isArray(report.findings) || !Array.isArray(report.results))
    throw new MergeError(`${file} is not a migration-guard JSON report: give the reports of check --shard k/n --format json`);
  const tool = report.tool as Partial<JsonReport['tool']> | undefined;
  if (tool?.name !== 'migration-guard' || typeof tool.version !== 'string')
    throw new MergeError(`${file} is not a migration-guard JSON report (no "tool"): give the reports of check --shard k/n --format json`);
  const shard = report.shard as Partial<ShardReport['shard']> | undefined;
  if (!shard || typeof shard.index !== 'number' || typeof shard.of !== 'number')
    throw new MergeError(`${file} is not a shard's report (it has no "shard" field): run check with --shard k/n to make one`);
  const bad = shardFieldError(shard, report.migrations);
  if (bad) throw new MergeError(`${file}: ${bad}; give the reports of check --shard k/n --format json, unedited`);
  for (const [i, f] of [...report.findings.entries(), ...(report.folded ?? []).entries()]) {
    const problem = findingError(f);
    if (problem) throw new MergeError(`${file}: finding ${i + 1} ${problem}; give the reports of check --shard k/n --format json, unedited`);
  }
  for (const r of report.results as unknown[]) {
    if (!r || typeof (r as { version?: unknown }).version !== 'string')
      throw new MergeError(`${file}: a result has no version; give the reports of check --shard k/n --format json, unedited`);
  }
  return report as ShardReport;
}

function shardFieldError(shard: Partial<ShardReport['shard']>, total: unknown): string | undefined {
  const { index, of, failOn, directory, migrations } = shard;
  if (!isCount(of) || of < 1 || !isCount(index) || index < 1 || index > of) return `"shard" says ${show(index)}/${show(of)}`;
  if (!FAIL_ON.includes(failOn as string)) return `"shard.failOn" is ${show(failOn)}, not one of ${FAIL_ON.join(', ')}`;
  if (typeof directory !== 'string') return `"shard.directory" is ${show(directory)}`;
  if (!isCount(total)) return `"migrations" is ${show(total)}`;
  if (!isCount(migrations)) return `"shard.migrations" is ${show(migrations)}`;
  return undefined;
}

function findingError(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'is not an object';
  const f = value as Record<string, unknown>;
  if (typeof f.check !== 'string' || !KNOWN_CHECKS.has(f.check)) return `has the unknown check ${show(f.check)}`;
  if (typeof f.severity !== 'string' || !SEVERITIES.includes(f.severity)) return `has the unknown severity ${show(f.severity)}`;
  if (typeof f.message !== 'string') return 'has no message';
  for (const key of ['file', 'version', 'hint'])
    if (f[key] !== undefined && typeof f[key] !== 'string') return `has a "${key}" that is not text (${show(f[key])})`;
  for (const key of ['line', 'column']) {
    const value = f[key];
    if (value !== undefined && !(isCount(value) && value >= 1)) return `has a "${key}" that is not a line number (${show(value)})`;
  }
  return undefined;
}

/**
 * The shards of one matrix: one tool version, one directory, one `fail-on`, one migration count, and segments that
 * cover the directory's migrations exactly once (the sizes `check --shard` gives, in version order, each version once).
 * `ordered` is indexed by shard (1..n, every one present).
 */
export function checkShardsAgree(ordered: ShardInput[]): void {
  const [first] = ordered;
  const of = first.report.shard.of;
  for (const s of ordered) {
    const { shard } = s.report;
    const differs = (what: string, mine: unknown, theirs: unknown) =>
      new MergeError(`${s.file} ${what} ${show(mine)} but ${first.file} ${show(theirs)}: merge the shards of one run of one version`);
    if (s.report.tool.version !== first.report.tool.version)
      throw differs('was written by migration-guard', s.report.tool.version, first.report.tool.version);
    if (shard.failOn !== first.report.shard.failOn) throw differs('ran with fail-on', shard.failOn, first.report.shard.failOn);
    if (s.report.migrations !== first.report.migrations) throw differs('counted migrations:', s.report.migrations, first.report.migrations);
    const expected = shardSegment(first.report.migrations, shard.index, of);
    if (shard.migrations !== expected.end - expected.start)
      throw new MergeError(
        `${s.file} covers ${shard.migrations} migration(s) but shard ${shard.index}/${of} of ${first.report.migrations} covers ` +
          `${expected.end - expected.start}: merge the shards of one run, unedited`,
      );
  }
  const seen = new Map<string, string>();
  let last: { version: string; file: string } | undefined;
  for (const s of ordered) {
    for (const r of s.report.results) {
      const before = seen.get(r.version);
      if (before) throw new MergeError(`migration ${r.version} is in both ${before} and ${s.file}: each migration must be in one shard's report`);
      seen.set(r.version, s.file);
    }
    const { first: from, last: to } = s.report.shard;
    if (from === undefined || to === undefined) continue;
    if (last && compareVersionTexts(last.version, from) >= 0)
      throw new MergeError(`${s.file} starts at ${from}, not after ${last.version} where ${last.file} ended: merge the shards of one run, unedited`);
    last = { version: to, file: s.file };
  }
}

/** Numeric versions compared as numbers (any length), others as text. */
function compareVersionTexts(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A value from the file, shortened and on one line (a forged report must not print pages or control characters). */
function show(value: unknown): string {
  const text = value === undefined ? 'missing' : JSON.stringify(value);
  return logLine(cut(text, 60));
}
