import type { Finding, FixFile } from '../findings';
import type { EngineRun, MigrationTrace } from '../engine/trace';
import type { MigrationSet } from '../formats/migration-set';

/** A fix written for one finding, before it is run: what it changes and which migrations must come out clean. */
export interface FixCandidate {
  summary: string;
  /** Files created or replaced, whole content, at paths inside the migrations directory. */
  files: FixFile[];
  /** The versions the fix touches or adds: checked up, down and up again, and compared finding for finding. */
  versions: bigint[];
  /**
   * Checks whose findings the fix truthfully brings on its migrations (the truth about the change, e.g. a value the
   * down cannot remove): accepted by the verification when of a lesser severity than the finding fixed, and said in
   * the summary. Any other new finding still refuses the fix.
   */
  brings?: readonly string[];
}

/** What a fix is written from: the directory and what its run showed. */
export interface FixSource {
  set: MigrationSet;
  run: EngineRun;
}

/** A candidate, or why no fix could be written (said in the finding's hint), or nothing to say (not this writer's finding). */
export type Written = FixCandidate | { notWritten: string } | undefined;

/** One kind of fix: the checks whose findings it answers, and how it writes one. */
export interface FixWriter {
  checks: readonly string[];
  write(finding: Finding, source: FixSource): Written;
}

/** The trace of the finding's migration. */
export function traceOf(finding: Finding, run: EngineRun): MigrationTrace | undefined {
  return run.traces.find((t) => t.migration.versionText === finding.version);
}

/** The file's line ending, so that inserted lines match the lines around them. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
