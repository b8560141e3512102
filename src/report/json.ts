import type { Finding } from '../findings';
import type { Outcome } from '../outcome';
import { AFTER_DOWN, AFTER_SECOND_UP } from '../check-support/difference-words';
import { describeDifference } from '../catalog/snapshot-diff';
import type { ShardFacts } from '../engine/trace';
import { VERSION } from '../version';
import { deployedJson } from './deployed';
import { relativePath } from './paths';

type JsonFinding = {
  check: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  version?: string;
  hint?: string;
  /** A verified fix (src/fixes/): file paths relative to the root, like `file`. */
  fix?: { verified: true; summary: string; files: { path: string; content: string }[] };
};

/**
 * The JSON report's contract version, described by docs/report.schema.json: raised when a field is removed, renamed or
 * changes type (a new optional field keeps it). Readers check it before trusting the shape.
 */
export const REPORT_SCHEMA_VERSION = 1;

export interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  ok: boolean;
  migrations: number;
  findings: JsonFinding[];
  /** Lock and data findings on migrations outside the change, each check's counted by one notice in `findings` (absent when none). */
  folded?: JsonFinding[];
  error?: string;
  /** How many findings `-- migration-guard:ignore` comments silenced (absent when none). */
  ignored?: number;
  /** The commit whose migrations count as applied. */
  base?: { commit: string; label: string };
  /** The deployed database (target-database-url) and what a deploy would apply to it. */
  target?: { version: string | null; dirty: boolean; pending: string[] } & Partial<ReturnType<typeof deployedJson>>;
  postgres?: {
    provider: string;
    server: string;
    version: string;
    versionReason?: string;
    startupMs: number;
    checkMs: number;
    snapshots?: string;
    jobs?: number;
    /** scope: changed: the state at the base was restored from a previous run's, or kept for the next one. */
    baseState?: string;
    /** scope: changed: time spent before the first changed migration (the base state, restored or built). */
    baseMs?: number;
  };
  /** shard k/n: what `migration-guard merge` needs to join the shards' reports into one. */
  shard?: ShardFacts & { failOn: string; directory: string };
  results: {
    version: string;
    up?: string;
    down?: string;
    /** `withRows: 'failed'`: the step failed on the seeded rows and passed without them (the *-fails-on-data findings). */
    steps: Record<'up' | 'down' | 'reup', { status: string; ms: number; reason?: string; withRows?: 'failed' }>;
    /** Every schema difference in words: after the down vs before the up, and second up vs first. */
    differences: { afterDown: string[]; afterSecondUp: string[] };
  }[];
}

/** The machine-readable report; file paths relative to `root`. Key order is stable for diffs. */
export function buildJsonReport(outcome: Outcome, root: string): JsonReport {
  const { run } = outcome;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'migration-guard', version: VERSION },
    ok: outcome.exitCode === 0,
    migrations: outcome.set.migrations.length,
    findings: outcome.findings.map((f) => jsonFinding(f, root)),
    folded: outcome.folded?.length ? outcome.folded.map((f) => jsonFinding(f, root)) : undefined,
    error: outcome.infrastructureError,
    ignored: outcome.ignored?.length || undefined,
    base: outcome.base && { commit: outcome.base.commit, label: outcome.base.label },
    target: outcome.deployed && {
      version: outcome.deployed.version?.toString() ?? null,
      dirty: outcome.deployed.dirty,
      pending: outcome.pending ?? [],
      ...deployedJson(outcome.deployed),
    },
    postgres: run && {
      provider: run.provider,
      server: run.server,
      version: run.postgresVersion,
      versionReason: run.postgresVersionReason,
      startupMs: Math.round(run.startupMs),
      checkMs: Math.round(run.ms),
      snapshots: run.snapshots,
      jobs: run.jobs,
      baseState: run.baseState,
      baseMs: run.baseMs === undefined ? undefined : Math.round(run.baseMs),
    },
    shard: outcome.shard && { ...outcome.shard, directory: relativePath(outcome.set.dir, root) ?? outcome.set.dir },
    results: (run?.traces ?? []).map((t) => ({
      version: t.migration.versionText,
      up: relativePath(t.migration.up?.path, root),
      down: relativePath(t.migration.down?.path, root),
      steps: {
        up: { status: t.up.status, ms: Math.round(t.up.ms), reason: t.up.reason, ...(t.data?.upFailure && { withRows: 'failed' as const }) },
        down: {
          status: t.down.status,
          ms: Math.round(t.down.ms),
          reason: t.down.reason,
          ...(t.data?.downFailure && { withRows: 'failed' as const }),
        },
        reup: {
          status: t.reup.status,
          ms: Math.round(t.reup.ms),
          reason: t.reup.reason,
          ...(t.data?.reupFailure && { withRows: 'failed' as const }),
        },
      },
      differences: {
        afterDown: (t.downDiff ?? []).map((d) => describeDifference(d, AFTER_DOWN)),
        afterSecondUp: (t.reupDiff ?? []).map((d) => describeDifference(d, AFTER_SECOND_UP)),
      },
    })),
  };
}

function jsonFinding(f: Finding, root: string): JsonFinding {
  return {
    check: f.check,
    severity: f.severity,
    message: f.message,
    file: relativePath(f.file, root),
    line: f.line,
    column: f.column,
    version: f.version,
    hint: f.hint,
    fix: f.fix && {
      verified: f.fix.verified,
      summary: f.fix.summary,
      files: f.fix.files.map((file) => ({ path: relativePath(file.path, root) ?? file.path, content: file.content })),
    },
  };
}
