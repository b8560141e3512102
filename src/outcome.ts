import { failsRun, type FailOn, type Finding } from './findings';

/**
 * Findings that mean "could not check", not "your SQL is wrong": the server lacks an extension, or the files
 * are not meant to run as committed. Whatever fail-on says, they make the run incomplete (exit code 2).
 */
export const COULD_NOT_CHECK: ReadonlySet<string> = new Set(['missing-extension', 'rendered-files']);

export interface Verdict {
  verdict: 'passed' | 'failed';
  /** 0: nothing at or above fail-on; 1: findings at or above it; 2: the run could not check everything it was asked to. */
  exitCode: 0 | 1 | 2;
  /** The findings that decided a failure (at or above fail-on). */
  failing: Finding[];
  /** Why the run is incomplete (exit code 2): the infrastructure error, and what the could-not-check findings say. */
  incomplete?: string;
}

/** Findings -> verdict and exit code, decided here once; reporters only render it. */
export function decide(findings: Finding[], failOn: FailOn, infrastructureError?: string): Verdict {
  const failing = findings.filter((f) => failsRun(f, failOn));
  const unchecked = findings.filter((f) => COULD_NOT_CHECK.has(f.check));
  const reasons = [infrastructureError, ...unchecked.map((f) => `${f.check}: ${f.message}`)].filter((r): r is string => !!r);
  const incomplete = reasons.length ? reasons.join('; ') : undefined;
  const exitCode = incomplete ? 2 : failing.length ? 1 : 0;
  return { verdict: exitCode === 0 ? 'passed' : 'failed', exitCode, failing, incomplete };
}
