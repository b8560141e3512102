/** What a check reports. Checks return these as data; they never log or exit. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Stable kebab-case id of the check, e.g. `down-incomplete`. */
  check: string;
  severity: Severity;
  message: string;
  /** Path of the file the finding is about, as given in the migration set (absolute). */
  file?: string;
  /** 1-based line and column; absent when the finding concerns the whole file. */
  line?: number;
  column?: number;
  endLine?: number;
  version?: string;
  hint?: string;
  /** Existing tables the finding is about (schema-qualified): target-database-url adds their production sizes. */
  relations?: string[];
  /** A change to the migration files that makes this finding go away, proven by running it (see src/fixes/). */
  fix?: Fix;
}

/** A fix is offered only after it ran on a scratch database at the same state: the finding was gone, nothing new came. */
export interface Fix {
  verified: true;
  /** One sentence: what the fix does. */
  summary: string;
  /** Files created or replaced, with their whole new content; `path` as the finding's `file` (absolute). */
  files: FixFile[];
}

export interface FixFile {
  path: string;
  content: string;
}

const rank: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export type FailOn = 'error' | 'warning' | 'never';

/** True when a finding is severe enough to fail the run under `failOn`. */
export function failsRun(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return rank[finding.severity] >= rank[failOn];
}

/** Most important first: severity, then migration order, then file and line. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank[b.severity] - rank[a.severity] ||
    compareVersions(a.version, b.version) ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.check.localeCompare(b.check)
  );
}

function compareVersions(a?: string, b?: string): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
