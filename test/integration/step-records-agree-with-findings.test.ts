import { describe, expect, it, vi } from 'vitest';
import { fixtureTable } from '../helpers/fixture-table';
import { checkInProcess } from '../helpers/in-process';
import { stepRecord } from '../../src/report/step-labels';
import type { Finding } from '../../src/findings';

// Issue 24, point 1: one record per step. What the progress line, the summary table and the PR comment show of each
// migration (report/step-labels.ts) and the findings never disagree: a step shown failed, or a schema shown not
// restored, has its finding; a finding about a step or the schema has its row.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const TOOLS = ['golang-migrate', 'goose', 'dbmate'];
const ROWS = TOOLS.flatMap((tool) => fixtureTable(tool).map((row) => `${tool}/${row.name}`));

/** What a row shows, and the checks of which one must report it. */
const SHOWN: { step: 'up' | 'down' | 'reup' | 'schema'; shows: RegExp; reportedBy: string[] }[] = [
  { step: 'up', shows: /^(failed(?! with rows)|timed out)/, reportedBy: ['up-failed', 'missing-extension', 'not-checked-after-failure', 'timeout'] },
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
  { step: 'schema', shows: /not restored \(no down\)/, reportedBy: ['empty-file', 'no-down-files'] },
];

/** Findings said once for a migration and the later steps that fail because of it, which they name. */
const NAMES_LATER = new Set(['missing-extension', 'not-checked-after-failure']);

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

it('reads every fixture of the three tools', () => expect(ROWS.length).toBeGreaterThanOrEqual(50));

describe.concurrent.each(ROWS)('migrations-fixtures/%s', (fixture) => {
  it('shows no step or schema that its findings do not report, and no finding its row contradicts', async () => {
    const { outcome } = await checkInProcess(`migrations-fixtures/${fixture}`);
    // Findings silenced by the fixture's own ignore comments still explain their row.
    const findings: Finding[] = [...outcome.findings, ...(outcome.ignored ?? [])];
    const disagreements: string[] = [];
    for (const trace of outcome.run?.traces ?? []) {
      const record = stepRecord(trace);
      const v = trace.migration.versionText;
      // missing-extension and not-checked-after-failure are said once, at the first migration, naming the later ones.
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
    expect(disagreements).toEqual([]);
  });
});
