import type { ChangeScope } from '../check-support/fold-history';
import type { Finding } from '../findings';
import type { FixCandidate, FixSource, FixWriter } from './candidate';
import { concurrentIndex } from './concurrent-index';
import { downUndo } from './down-undo';
import { enumIfNotExists } from './enum-if-not-exists';
import { expandNotNull } from './expand-not-null';
import { expandVolatileDefault } from './expand-volatile-default';
import { lockTimeout } from './lock-timeout';
import { validatingConstraintFix } from './validating-constraint';
import { tryFix, verdictOf, type Trial, type Verifier } from './verify';

export type { Verifier } from './verify';

/** Every kind of fix, in the order their findings are tried. */
export const FIX_WRITERS: readonly FixWriter[] = [
  downUndo,
  concurrentIndex,
  lockTimeout,
  enumIfNotExists,
  expandVolatileDefault,
  expandNotNull,
  validatingConstraintFix,
];

/** At most this many fixes are run per check (each is a scratch run of the migrations up to its own). */
export const MAX_VERIFIED = 12;

/** A finding with the fix written for it, or why none could be. */
export interface Attempt {
  finding: Finding;
  candidate?: FixCandidate;
  notWritten?: string;
}

/**
 * The findings a fix is tried for: those listed on the change (history folded or outside the change gets none), whose
 * check has a writer. Deterministic: the judge's order, each writer given the same facts.
 */
export function fixAttempts(findings: readonly Finding[], source: FixSource, change: ChangeScope | undefined): Attempt[] {
  const onChange = (f: Finding) => !change || (f.version !== undefined && /^\d+$/.test(f.version) && change.versions.has(BigInt(f.version)));
  return findings.flatMap((finding): Attempt[] => {
    const writer = FIX_WRITERS.find((w) => w.checks.includes(finding.check));
    if (!writer || !onChange(finding)) return [];
    const written = writer.write(finding, source);
    if (!written) return [];
    return 'notWritten' in written ? [{ finding, notWritten: written.notWritten }] : [{ finding, candidate: written }];
  });
}

/**
 * Each attempt's fix run on the scratch server; the findings come back in the same order, a verified fix on those it
 * removes, a hint on those it was tried for and not offered. A fix written twice (two findings, one cause) runs once.
 */
export async function offerFixes(attempts: Attempt[], verifier: Verifier | undefined): Promise<Map<Finding, Finding>> {
  const replaced = new Map<Finding, Finding>();
  const trials = new Map<string, Trial>();
  let tried = 0;
  for (const { finding, candidate, notWritten } of attempts) {
    if (!candidate) {
      replaced.set(finding, withHint(finding, `No fix is offered: ${notWritten ?? 'none could be written'}.`));
      continue;
    }
    const key = JSON.stringify(candidate.files);
    let trial = trials.get(key);
    if (!trial) {
      if (tried >= MAX_VERIFIED || !verifier) continue;
      tried++;
      trial = await tryFix(candidate, verifier).catch((error: unknown) => ({
        why: `its run stopped: ${error instanceof Error ? error.message : String(error)}`,
      }));
      trials.set(key, trial);
    }
    const verdict = verdictOf(finding, trial, candidate.brings);
    replaced.set(
      finding,
      verdict.ok
        ? { ...finding, fix: { verified: true, summary: candidate.summary, files: candidate.files } }
        : withHint(finding, `A fix was tried and not offered: ${verdict.why.replace(/\.$/, '')}.`),
    );
  }
  return replaced;
}

function withHint(finding: Finding, said: string): Finding {
  return { ...finding, hint: finding.hint ? `${finding.hint} ${said}` : said };
}
