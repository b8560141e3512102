import type { Finding, FixFile } from '../findings';

/** One file a fix writes: its text now (undefined: the fix creates it) and after. */
export interface FileChange {
  path: string;
  before?: string;
  after: string;
}

export interface PlannedFix {
  finding: Finding;
  changes: FileChange[];
}

export interface FixPlan {
  apply: PlannedFix[];
  /** Fixes that write a file an earlier fix of this plan writes too: each was verified alone, so the next check offers them again. */
  deferred: Finding[];
}

/**
 * Every verified fix in the findings' order, each as the files it writes. Two fixes of one file were each proven on
 * the file as it was, not on each other's result: only the first is applied, the next check proves the others again.
 */
export function planFixes(findings: readonly Finding[], read: (path: string) => string | undefined): FixPlan {
  const written = new Map<string, string>();
  const plan: FixPlan = { apply: [], deferred: [] };
  // A created migration takes the version after the newest: two such fixes would both take it.
  let createdOne = false;
  for (const finding of findings) {
    const files: readonly FixFile[] = finding.fix?.files ?? [];
    if (!files.length) continue;
    // Two findings of one cause (down-incomplete and reup-mismatch) carry the same fix: applied once.
    if (files.every((f) => written.get(f.path) === f.content)) continue;
    const creates = files.some((f) => read(f.path) === undefined);
    if (files.some((f) => written.has(f.path)) || (creates && createdOne)) {
      plan.deferred.push(finding);
      continue;
    }
    for (const f of files) written.set(f.path, f.content);
    createdOne ||= creates;
    plan.apply.push({ finding, changes: files.map((f) => ({ path: f.path, before: read(f.path), after: f.content })) });
  }
  return plan;
}
