import { failsRun, type FailOn, type Finding } from './findings';

export interface Verdict {
  verdict: 'passed' | 'failed';
  /** 0: nothing at or above fail-on; 1: findings at or above it; 2: the run could not check everything it was asked to. */
  exitCode: 0 | 1 | 2;
  /** The findings that decided a failure (at or above fail-on). */
  failing: Finding[];
}

/** Findings -> verdict and exit code, decided here once; reporters only render it. */
export function decide(findings: Finding[], failOn: FailOn, infrastructureError?: string): Verdict {
  const failing = findings.filter((f) => failsRun(f, failOn));
  const exitCode = infrastructureError ? 2 : failing.length ? 1 : 0;
  return { verdict: exitCode === 0 ? 'passed' : 'failed', exitCode, failing };
}
