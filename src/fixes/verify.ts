import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runChecks } from '../checks';
import { oneCausePerFinding } from '../check-support/one-cause';
import { onCleanup } from '../cleanup';
import type { EngineOptions } from '../engine/options';
import { runMigrations } from '../engine/run-migrations';
import { startsWith, type TrialStart } from '../engine/trial-start';
import type { EngineRun } from '../engine/trace';
import type { Finding } from '../findings';
import { loadMigrationSet } from '../formats';
import { setBefore, type MigrationSet } from '../formats/migration-set';
import type { PostgresServer } from '../servers/provider';
import type { FixCandidate } from './candidate';

/** What verifying needs: the run the findings came from, the server to run on, and the run's own engine options. */
export interface Verifier {
  set: MigrationSet;
  run: EngineRun;
  server: PostgresServer;
  engine: EngineOptions;
  disabled: ReadonlySet<string>;
  /** The check's state before the change, when it was kept (engine/trial-start.ts): the trials start from copies of it. */
  start?: TrialStart;
}

export type Verdict = { ok: true } | { ok: false; why: string };

/** The findings on the touched migrations before the fix and after it, or why the fix's run could not tell. */
export type Trial = { before: Finding[]; after: Finding[] } | { why: string };

/**
 * The fix applied to a copy of the migrations directory, read again through the tool's format, and run as the check
 * runs it: from a copy of the check's own database before the change (kept by the check, rows included), or, for a
 * fix before the change (scope: all), on a fresh scratch database with the migrations before it applied up; then the
 * fix's migrations up, down and up again, the ones between applied up. It passes when the finding is gone, no
 * migration of the fix gets a finding it did not have, and no up between them fails that passed.
 */
export async function tryFix(candidate: FixCandidate, v: Verifier): Promise<Trial> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mg-fix-'));
  const forget = onCleanup(`fix copy ${dir}`, () => fs.rm(dir, { recursive: true, force: true }));
  try {
    await copyMigrations(v.set, dir);
    for (const file of candidate.files) await fs.writeFile(inside(dir, v.set.dir, file.path), file.content);
    const copy = await loadMigrationSet(dir, { tool: v.set.format.tool, shownAs: v.set.dir });
    const last = candidate.versions.reduce((a, b) => (a > b ? a : b));
    const set = setBefore(copy, last + 1n);
    const touched = new Set(candidate.versions);
    const isNew = (version: bigint) => !v.set.migrations.some((m) => m.version === version);
    // The migrations before the fix's first are the run's prefix, applied up as a segment's are (seeded, not reported):
    // the state, rows included, that the check reached there. After it, only the fix's own get up, down and up again.
    const start = set.migrations.findIndex((m) => touched.has(m.version));
    // Started from a copy of the check's own state before the change, when it holds this prefix: only the rest is replayed.
    const from = v.start && startsWith(set, v.start, start) ? v.start : undefined;
    const run = await runMigrations(set, v.server, {
      ...v.engine,
      onMigration: undefined,
      log: () => undefined,
      segment: { start, end: set.migrations.length },
      startFrom: from,
      fullCheck: (m) => touched.has(m.version),
      changed: union(v.engine.changed ?? v.engine.added, touched),
      // The fix's own migrations (a new one included) are observed and seeded as the change's are.
      judged: v.engine.judged && union(v.engine.judged, touched),
      added: union(v.engine.added, new Set([...touched].filter(isNew))),
    });
    if (run.aborted) return { why: `its run did not finish: ${run.aborted}` };
    // A migration between the fix's (applied up only) counts by whether its up still passes: one that now fails on
    // what the fix moved is a new finding; its other findings need the full check it does not get here.
    const reached = new Set(set.migrations.slice(start).map((m) => m.version));
    const counted = (f: Finding) => touched.has(BigInt(f.version ?? '-1')) || f.check === 'up-failed';
    return {
      before: findingsOn(v.set, v.run, reached, v.disabled).filter(counted),
      after: findingsOn(set, run, reached, v.disabled).filter(counted),
    };
  } finally {
    forget();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The files the tool reads (the top level of the directory: none of the tools reads subdirectories). */
async function copyMigrations(set: MigrationSet, to: string): Promise<void> {
  const entries = await fs.readdir(set.dir, { withFileTypes: true });
  for (const e of entries) if (e.isFile()) await fs.copyFile(path.join(set.dir, e.name), path.join(to, e.name));
}

/** A fix's path in the copy; a path outside the directory is a bug of the writer, never written. */
function inside(copy: string, dir: string, file: string): string {
  const relative = path.relative(dir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative) || relative.includes(path.sep))
    throw new Error(`internal error: a fix writes ${file}, outside ${dir}`);
  return path.join(copy, relative);
}

function union(a: ReadonlySet<bigint> | undefined, b: ReadonlySet<bigint>): ReadonlySet<bigint> {
  return new Set([...(a ?? []), ...b]);
}

/** The check's own run judged once for all its fixes' trials (every trial compares with the same findings). */
const judgedRuns = new WeakMap<EngineRun, Finding[]>();

/** The checks' findings (one per cause) on the touched migrations. */
function findingsOn(set: MigrationSet, run: EngineRun, versions: ReadonlySet<bigint>, disabled: ReadonlySet<string>): Finding[] {
  const on = (f: Finding) => f.version !== undefined && /^\d+$/.test(f.version) && versions.has(BigInt(f.version));
  const all = judgedRuns.get(run) ?? oneCausePerFinding(runChecks({ set, run }, disabled));
  judgedRuns.set(run, all);
  return all.filter(on);
}

const keyOf = (f: Finding) => `${f.check} ${f.version ?? ''}`;

function counts(findings: Finding[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(keyOf(f), (map.get(keyOf(f)) ?? 0) + 1);
  return map;
}

const RANK: Record<Finding['severity'], number> = { error: 3, warning: 2, notice: 1 };

/**
 * Gone: fewer findings of its check on its migration. Nothing new: no check finds more on a touched migration than
 * before, except the checks the fix declares it brings (`brings`), and only with findings of a lesser severity than the
 * one fixed: what the fix truthfully leaves, said in its summary, never a way to trade one error for another.
 */
export function verdictOf(finding: Finding, trial: Trial, brings: readonly string[] = []): Verdict {
  if ('why' in trial) return { ok: false, why: trial.why };
  const { before, after } = trial;
  const was = counts(before);
  const is = counts(after);
  const key = keyOf(finding);
  if ((is.get(key) ?? 0) >= (was.get(key) ?? 1)) {
    const still = after.find((f) => keyOf(f) === key);
    return { ok: false, why: `the finding was still there after it${still ? ` (${still.message})` : ''}` };
  }
  const declared = (f: Finding) => brings.includes(f.check) && RANK[f.severity] < RANK[finding.severity];
  const added = after.find((f) => (is.get(keyOf(f)) ?? 0) > (was.get(keyOf(f)) ?? 0) && !declared(f));
  if (added) return { ok: false, why: `it brought ${added.check}: ${added.message}` };
  return { ok: true };
}
