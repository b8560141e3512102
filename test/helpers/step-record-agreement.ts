import type { Finding } from '../../src/findings';
import type { Outcome } from '../../src/outcome';
import { stepRecord } from '../../src/report/step-labels';

// Issue 24, point 1: one record per step. What the progress line, the summary table and the PR comment show of each
// migration (report/step-labels.ts) and the findings never disagree: a step shown failed, or a schema shown not
// restored, has its finding; a finding about a step or the schema has its row.

/** What a row shows, and the checks of which one must report it. */
const SHOWN: { step: 'up' | 'down' | 'reup' | 'schema'; shows: RegExp; reportedBy: string[] }[] = [
  {
    step: 'up',
    shows: /^(failed(?! with rows)|timed out)/,
    reportedBy: ['up-failed', 'missing-extension', 'missing-precondition', 'not-checked-after-failure', 'timeout'],
  },
  { step: 'up', shows: /^not run \(cluster-wide\)/, reportedBy: ['cluster-wide-change'] },
  {
    step: 'down',
    shows: /^(failed(?! with rows)|timed out)/,
    reportedBy: ['down-failed', 'missing-extension', 'not-checked-after-failure', 'timeout'],
  },
  {
    step: 'reup',
    shows: /^(failed(?! with rows)|timed out)/,
    reportedBy: ['reup-failed', 'down-incomplete', 'missing-extension', 'not-checked-after-failure', 'timeout'],
  },
  { step: 'up', shows: /^failed with rows/, reportedBy: ['up-fails-on-data'] },
  { step: 'down', shows: /^failed with rows/, reportedBy: ['down-fails-on-data'] },
  { step: 'reup', shows: /^failed with rows/, reportedBy: ['reup-fails-on-data'] },
  { step: 'schema', shows: /down incomplete/, reportedBy: ['down-incomplete'] },
  { step: 'schema', shows: /enum value kept/, reportedBy: ['enum-label-kept'] },
  // A kept extension that makes the second up fail (CREATE EXTENSION without IF NOT EXISTS) is reup-failed's, naming it.
  { step: 'schema', shows: /extension kept/, reportedBy: ['down-keeps-extension', 'reup-failed'] },
  { step: 'schema', shows: /column order changed/, reportedBy: ['down-column-order'] },
  { step: 'schema', shows: /second up differs/, reportedBy: ['reup-mismatch'] },
];

/** Findings said once for a migration and the later steps that fail because of it, which they name. */
const NAMES_LATER = new Set(['missing-extension', 'missing-precondition', 'not-checked-after-failure']);

/** A finding about a step or the schema, and what its row must then show. */
const MUST_SHOW: Record<string, { step: 'up' | 'down' | 'reup' | 'schema'; shows: RegExp }> = {
  'up-failed': { step: 'up', shows: /^(failed(?! with rows)|timed out)/ },
  'down-failed': { step: 'down', shows: /^(failed(?! with rows)|timed out)/ },
  'reup-failed': { step: 'reup', shows: /^(failed(?! with rows)|timed out)/ },
  'up-fails-on-data': { step: 'up', shows: /^failed with rows|^ok/ },
  'down-fails-on-data': { step: 'down', shows: /^failed with rows/ },
  'reup-fails-on-data': { step: 'reup', shows: /^failed with rows/ },
  'down-incomplete': { step: 'schema', shows: /down incomplete/ },
  'enum-label-kept': { step: 'schema', shows: /enum value kept/ },
  'down-keeps-extension': { step: 'schema', shows: /extension kept/ },
  'down-column-order': { step: 'schema', shows: /column order changed/ },
  'reup-mismatch': { step: 'schema', shows: /second up differs/ },
};

/** Each place where a migration's row and its findings disagree, in words (none on a correct run). */
export function stepRecordDisagreements(outcome: Outcome): string[] {
  // Findings silenced by the fixture's own ignore comments still explain their row.
  const findings: Finding[] = [...outcome.findings, ...(outcome.ignored ?? [])];
  const disagreements: string[] = [];
  for (const trace of outcome.run?.traces ?? []) {
    const record = stepRecord(trace);
    const v = trace.migration.versionText;
    // missing-extension, missing-precondition and not-checked-after-failure are said once, at the first migration, naming the later ones.
    const namesIt = (f: Finding) => NAMES_LATER.has(f.check) && new RegExp(`\\b${v}\\b`).test(f.message);
    const checks = new Set(findings.filter((f) => f.version === v || namesIt(f)).map((f) => f.check));
    for (const { step, shows, reportedBy } of SHOWN)
      if (shows.test(record[step]) && !reportedBy.some((c) => checks.has(c)))
        disagreements.push(`${v} ${step} shows "${record[step]}" but no ${reportedBy.join('/')} finding says so`);
    for (const check of checks) {
      const must = MUST_SHOW[check];
      if (must && !must.shows.test(record[must.step])) disagreements.push(`${v} has ${check} but its ${must.step} shows "${record[must.step]}"`);
    }
  }
  return disagreements;
}
