import type { Finding, FixFile, Severity } from '../findings';
import type { MigrationSet } from '../formats/migration-set';

/** The findings of one file (or of no file: the directory as a whole), most important first. */
export interface FileGroup {
  /** Absolute, as on the findings; undefined for findings about the directory or the run. */
  file?: string;
  worst: Severity;
  findings: Finding[];
}

/** One check that said the same kind of thing in many files: one line instead of one per file. */
export interface RepeatedCheck {
  check: string;
  severity: Severity;
  /** In file order; each finding keeps its own place. */
  findings: Finding[];
  /** How many different files. */
  files: number;
}

/** A warning or notice in this many files or more is said once, with the files listed. */
export const REPEAT_FROM_FILES = 3;

/**
 * The shape every reader of the report wants (the PR comment, the summary, the console): by migration file, files
 * with errors first, each file's findings most important first; a warning repeated across many files said once.
 * `findings` come sorted (compareFindings: severity, version, file, line), so the first time a file appears is its
 * rank. Errors are never folded into a repeated line: each is a thing to do in its file.
 */
export function groupFindings(findings: Finding[], set: Pick<MigrationSet, 'files'>): { groups: FileGroup[]; repeated: RepeatedCheck[] } {
  const repeated = repeatedChecks(findings, set);
  const folded = new Set(repeated.flatMap((r) => r.findings));
  const byFile = new Map<string, FileGroup>();
  for (const f of findings) {
    if (folded.has(f)) continue;
    const key = f.file ?? '';
    const group = byFile.get(key) ?? { file: f.file, worst: f.severity, findings: [] };
    byFile.set(key, group);
    group.findings.push(f);
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  for (const g of byFile.values()) {
    g.worst = g.findings.reduce<Severity>((w, f) => (rank[f.severity] < rank[w] ? f.severity : w), 'notice');
    g.findings.sort((a, b) => rank[a.severity] - rank[b.severity] || (a.line ?? 0) - (b.line ?? 0) || a.check.localeCompare(b.check));
  }
  // Map order is first appearance; a stable sort by the worst severity keeps it within each severity.
  const groups = [...byFile.values()].sort((a, b) => rank[a.worst] - rank[b.worst]);
  return { groups, repeated };
}

function repeatedChecks(findings: Finding[], set: Pick<MigrationSet, 'files'>): RepeatedCheck[] {
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings) {
    // A fix that adds a file is shown whole under its finding, so that finding keeps its own place.
    if (f.severity === 'error' || !f.file || createdFiles(f, set).length) continue;
    byCheck.set(`${f.severity} ${f.check}`, [...(byCheck.get(`${f.severity} ${f.check}`) ?? []), f]);
  }
  const out: RepeatedCheck[] = [];
  for (const list of byCheck.values()) {
    const files = new Set(list.map((f) => f.file)).size;
    if (files < REPEAT_FROM_FILES) continue;
    const sorted = [...list].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
    out.push({ check: list[0].check, severity: list[0].severity, findings: sorted, files });
  }
  return out;
}

/** Files a finding's fix adds to the directory (a migration of its own), as opposed to files it edits. */
export function createdFiles(f: Finding, set: Pick<MigrationSet, 'files'>): FixFile[] {
  if (!f.fix) return [];
  // A merged report's set holds no files: then whatever is not the finding's own file counts as new.
  const existing = new Set(((set.files as MigrationSet['files'] | undefined) ?? []).map((x) => x.path));
  return f.fix.files.filter((x) => x.path !== f.file && !existing.has(x.path));
}

/** Files a finding's fix edits in place: the review suggestion on the changed line carries the change. */
export function replacedFiles(f: Finding, set: Pick<MigrationSet, 'files'>): FixFile[] {
  const created = new Set(createdFiles(f, set));
  return (f.fix?.files ?? []).filter((x) => !created.has(x));
}
