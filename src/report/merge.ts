import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compareFindings, type FailOn, type Finding, type Severity } from '../findings';
import type { MigrationSet } from '../formats/migration-set';
import { decide, type Outcome } from '../outcome';
import { REPORT_SCHEMA_VERSION, type JsonReport } from './json';
import { checkShardsAgree, MergeError, parseShard, type ShardInput, type ShardReport } from './shard-report';

export { MergeError } from './shard-report';

export interface MergedReports {
  /** The JSON report one run would have written (results in version order, findings sorted as one run sorts them). */
  report: JsonReport;
  /** For the other reporters (text, annotations, SARIF, summary, comment): findings, verdict, exit code. No per-migration rows. */
  outcome: Outcome;
  /** Said before the reports: e.g. a shard that did not start where the one before it ended. */
  notices: string[];
}

/** Reads `files` (already expanded) and merges them; paths in the result are resolved against `root`. */
export async function mergeReportFiles(files: string[], root: string): Promise<MergedReports> {
  if (!files.length) throw new MergeError('no reports to merge: give the JSON reports of every shard (check --shard k/n --format json)');
  const inputs = await Promise.all(
    files.map(async (file) => {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        throw new MergeError(`cannot read ${file}: ${(error as Error).message}`);
      }
      return { file, text };
    }),
  );
  return mergeReports(inputs, root);
}

export function mergeReports(inputs: { file: string; text: string }[], root: string): MergedReports {
  const shards = inputs.map(({ file, text }) => ({ file, report: parseShard(file, text) }));
  if (!shards.length) throw new MergeError('no reports to merge: give the JSON reports of every shard (check --shard k/n --format json)');
  const first = shards[0];
  const of = first.report.shard.of;
  for (const s of shards) {
    const other = s.report.shard;
    if (other.of !== of)
      throw new MergeError(`${s.file} is shard ${other.index}/${other.of} but ${first.file} is one of ${of}: merge the reports of one matrix`);
    if (other.directory !== first.report.shard.directory)
      throw new MergeError(
        `${s.file} checked ${other.directory} but ${first.file} checked ${first.report.shard.directory}: merge one directory's shards`,
      );
  }
  const byIndex = new Map<number, { file: string; report: ShardReport }>();
  for (const s of shards) {
    const seen = byIndex.get(s.report.shard.index);
    if (seen) throw new MergeError(`shard ${s.report.shard.index}/${of} appears twice (${seen.file} and ${s.file}): give each shard's report once`);
    byIndex.set(s.report.shard.index, s);
  }
  const missing = Array.from({ length: of }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length)
    throw new MergeError(
      `shard(s) ${missing.map((k) => `${k}/${of}`).join(', ')} missing: the merged report would leave their migrations out; give every shard's report`,
    );
  const ordered = Array.from({ length: of }, (_, i) => byIndex.get(i + 1)).filter((s): s is ShardInput => !!s);
  checkShardsAgree(ordered);

  const notices: string[] = [];
  for (const [i, s] of ordered.entries()) {
    const before = i > 0 ? ordered[i - 1].report.shard : undefined;
    const { startFingerprint, index } = s.report.shard;
    if (before && before.migrations > 0 && s.report.shard.migrations > 0 && before.endFingerprint !== startFingerprint)
      notices.push(
        `shard ${index}/${of} started from a database (${startFingerprint ?? 'unknown'}) other than the one shard ${before.index}/${of} ended with ` +
          `(${before.endFingerprint ?? 'unknown'}): earlier migrations did not leave it as their ups did, so findings may differ from one run's`,
      );
  }

  const failOn = first.report.shard.failOn as FailOn;
  const findings: Finding[] = ordered
    .flatMap((s) => s.report.findings)
    .map((f) => ({ ...f, severity: f.severity as Severity, file: f.file === undefined ? undefined : path.resolve(root, f.file) }))
    .sort(compareFindings);
  const errors = [...new Set(ordered.flatMap((s) => (s.report.error ? [s.report.error] : [])))];
  // The verdict one run would have given: the same decision over the shards' findings and what stopped them.
  const { failing, exitCode, verdict, incomplete: error } = decide(findings, failOn, errors.length ? errors.join('; ') : undefined);
  const ignored = ordered.reduce((n, s) => n + (s.report.ignored ?? 0), 0);
  // Each shard folded its own segment's findings (one notice per check and shard); the folded findings are joined.
  const folded = ordered.flatMap((s) => s.report.folded ?? []);
  const postgres = first.report.postgres && {
    ...first.report.postgres,
    startupMs: Math.max(...ordered.map((s) => s.report.postgres?.startupMs ?? 0)),
    checkMs: Math.max(...ordered.map((s) => s.report.postgres?.checkMs ?? 0)),
    jobs: of,
  };
  const report: JsonReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: first.report.tool,
    ok: exitCode === 0,
    migrations: first.report.migrations,
    findings: findings.map((f) => ({ ...f, file: f.file && path.relative(root, f.file).split(path.sep).join('/') })),
    folded: folded.length ? folded : undefined,
    error,
    ignored: ignored || undefined,
    base: first.report.base,
    target: first.report.target,
    postgres,
    results: ordered.flatMap((s) => s.report.results),
  };
  // The reporters read only the directory and the count from the set (no per-migration rows without traces).
  const set = { dir: path.resolve(root, first.report.shard.directory), migrations: { length: first.report.migrations } } as unknown as MigrationSet;
  const outcome: Outcome = {
    set,
    findings,
    failing,
    infrastructureError: error,
    verdict,
    exitCode,
  };
  return { report: JSON.parse(JSON.stringify(report)) as JsonReport, outcome, notices };
}

/**
 * Paths and globs (`*`, `?` within a path segment, `**` for any depth) as the action's merge-reports input gives them,
 * relative to `root`; a pattern that matches nothing is an error (a matrix job's artifact went missing).
 */
export async function expandReportPatterns(patterns: string[], root: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(root, pattern);
    if (!/[*?]/.test(pattern)) {
      files.push(absolute);
      continue;
    }
    const { root: fsRoot } = path.parse(absolute);
    const found = await matchSegments(fsRoot, absolute.slice(fsRoot.length).split(path.sep).filter(Boolean));
    if (!found.length) throw new MergeError(`merge-reports: '${pattern}' matches no file in ${root}; did every shard upload its report?`);
    files.push(...found.sort());
  }
  return [...new Set(files)];
}

async function matchSegments(dir: string, segments: string[]): Promise<string[]> {
  if (!segments.length) return [dir];
  const [head, ...rest] = segments;
  if (!/[*?]/.test(head)) return matchSegments(path.join(dir, head), rest);
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  if (head === '**') {
    const deeper = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => matchSegments(path.join(dir, e.name), segments)));
    return [...(await matchSegments(dir, rest)), ...deeper.flat()];
  }
  const re = new RegExp(
    `^${head
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const matched = entries.filter((e) => re.test(e.name) && (rest.length ? e.isDirectory() : e.isFile()));
  return (await Promise.all(matched.map((e) => matchSegments(path.join(dir, e.name), rest)))).flat();
}
