import { describe, expect, it, vi } from 'vitest';
import { describeFinding, fixtureTable } from '../helpers/fixture-table';
import type { JsonReport } from '../../src/report/json';
import { checkInProcess } from '../helpers/in-process';
import { SHARED } from '../helpers/shared-server';
import { stepRecordDisagreements } from '../helpers/step-record-agreement';
import { annotationCommands } from '../../src/report/workflow-commands';
import { parseWorkflowCommands, ROOT } from '../helpers/processes';

// Every fixture of the three tools run in this process on the integration project's one PostgreSQL (the bundle's own
// rows: cli-output-and-exit-codes and action-annotations-and-outputs), twice:
// - as a user runs it: exactly the README table's findings and exit code, as JSON and as annotations, and step records
//   that agree with the findings;
// - split into segments of one migration (--jobs 2), re-reading the whole catalog after every step instead of only what
//   each step touched, on empty tables (--no-seed-data) without fix trials (--no-fixes): every finding of a check that
//   does not read rows is byte-identical to the first run's, once the first run's fix trials are taken off (a trial only
//   adds a verified fix, or a sentence to the hint, to a finding it was tried for), in the same migration order, with the
//   same exit code where no data finding decides it. One run proves two properties: splitting and whole snapshots
//   change no finding (the engine's), and seeding adds or changes no finding that data does not cause.
// The fixtures whose findings are data findings, seeded values and verified fixes run a third time: split with whole
// snapshots as a user runs it (rows seeded, fixes tried), byte-identical to the first run in full. On the generated
// corpus: `npm run bench:jobs`.
// One run per property: a second run for a property cost as much as the first and proved nothing more.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const TOOLS = ['golang-migrate', 'goose', 'dbmate'];
const ROWS = TOOLS.flatMap((tool) => fixtureTable(tool).map((row) => ({ ...row, path: `${tool}/${row.name}` })));
/** Findings that stop the run before PostgreSQL: the tool would refuse the directory, or the files are rendered by the application. */
const NOT_RUN = new Set(['duplicate-version', 'rendered-files']);
/** Segments as small as one migration, so that even a 2-migration fixture is split (default: 40 per segment). */
const SPLIT_AND_WHOLE = { minSegment: 1, wholeSnapshots: true };
const EMPTY_TABLES = ['--no-seed-data', '--no-fixes'];
/** Split with rows seeded and fixes tried as well: these fixtures' findings are data findings, seeded values and verified fixes. */
const SPLIT_WITH_ROWS = new Set([
  'golang-migrate/seeded-values',
  'golang-migrate/up-fails-on-data',
  'golang-migrate/not-null-expand',
  'golang-migrate/reup-fails-on-data',
  'golang-migrate/down-incomplete',
]);
/** The checks that read seeded rows: the only findings seeding may add or change. */
const DATA_CHECKS = new Set(['up-fails-on-data', 'down-loses-data', 'reup-fails-on-data', 'down-fails-on-data', 'seed-skipped']);
/** What a fix trial adds to a finding's hint (src/fixes/index.ts), the hint before it kept. */
const TRIAL_SENTENCE = / ?(?:No fix is offered|A fix was tried and not offered): .*$/s;
/** A run's findings of the checks that read no rows, as JSON, with what fix trials added taken off. */
function withoutRowsOrTrials(findings: JsonReport['findings']): string {
  return JSON.stringify(
    findings
      .filter((f) => !DATA_CHECKS.has(f.check))
      .map(({ fix: _fix, hint, ...f }) => {
        const before = hint?.replace(TRIAL_SENTENCE, '');
        return before ? { ...f, hint: before } : f;
      }),
  );
}

it("reads every tool's fixture table", () => expect(ROWS.length).toBeGreaterThanOrEqual(50));

describe.concurrent.each(ROWS)('migrations-fixtures/$path', (row) => {
  it(`gives exactly the README's findings and exit code ${row.exit}, split with whole snapshots on empty tables gives the same`, async () => {
    const dir = `migrations-fixtures/${row.path}`;
    // A row marked *scope unset* runs with the user's defaults as a workflow step with no event: history folded, no base.
    const run = (args: string[], settings = {}) =>
      row.scopeUnset
        ? checkInProcess(dir, args, settings, { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: '' }, true)
        : checkInProcess(dir, args, settings);
    const withRows = SPLIT_WITH_ROWS.has(row.path);
    const [{ outcome, report }, split, splitWithRows] = await Promise.all([
      run(['--jobs', '1']),
      run(['--jobs', '2', ...EMPTY_TABLES], SPLIT_AND_WHOLE),
      withRows ? run(['--jobs', '2'], SPLIT_AND_WHOLE) : undefined,
    ]);

    const expected = row.findings.map((f) => `${f.check} at ${f.at}`).sort();
    expect(report.findings.map(describeFinding).sort()).toEqual(expected);
    for (const f of report.findings) expect(f.file).toMatch(new RegExp(`^migrations-fixtures/${row.path}/`));
    expect(report.ok).toBe(row.exit === 0);
    expect(outcome.exitCode).toBe(row.exit);
    // What the action prints for the same outcome: one annotation per finding, at the same place.
    const annotations = parseWorkflowCommands(annotationCommands(outcome.findings, ROOT, { seeAll: 'the job summary' }).join('\n'));
    const described = annotations.map(
      (a) => `${a.props.title} at ${[a.props.file.split('/').pop(), a.props.line, a.props.col].filter(Boolean).join(':')}`,
    );
    expect(described.sort()).toEqual(expected);
    // A directory the tool refuses, or files not meant to run as committed, are not run at all.
    expect(outcome.run !== undefined).toBe(!row.findings.some((f) => NOT_RUN.has(f.check)));
    // On the shared server: no run started one of its own (the provider mock above still applies).
    if (outcome.run) expect(outcome.run.postgresVersionReason).toContain(SHARED);
    expect(stepRecordDisagreements(outcome)).toEqual([]);
    // Every fix tried on every fixture ran to its verdict: a trial that throws or is cut short says so only in a hint.
    for (const f of report.findings) expect(f.hint ?? '').not.toMatch(/A fix was tried and not offered: its run (stopped|did not finish)/);

    expect(withoutRowsOrTrials(split.report.findings)).toBe(withoutRowsOrTrials(report.findings));
    expect(split.report.results.map((r) => r.version)).toEqual(report.results.map((r) => r.version));
    if (!report.findings.some((f) => DATA_CHECKS.has(f.check))) expect(split.outcome.exitCode).toBe(outcome.exitCode);
    if (split.outcome.run) expect(split.outcome.run.postgresVersionReason).toContain(SHARED);

    if (!splitWithRows) return;
    expect(splitWithRows.report.postgres?.jobs).toBe(2);
    // What the comparison is about: rows were seeded or fixes were verified in this fixture's run.
    expect(report.findings.some((f) => f.fix !== undefined || DATA_CHECKS.has(f.check))).toBe(true);
    expect(JSON.stringify(splitWithRows.report.findings)).toBe(JSON.stringify(report.findings));
    expect(splitWithRows.report.results.map((r) => r.version)).toEqual(report.results.map((r) => r.version));
    expect(splitWithRows.outcome.exitCode).toBe(outcome.exitCode);
  });
});
