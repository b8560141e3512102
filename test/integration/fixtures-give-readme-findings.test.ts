import { describe, expect, it, vi } from 'vitest';
import { describeFinding, fixtureTable } from '../helpers/fixture-table';
import { checkInProcess } from '../helpers/in-process';
import { SHARED } from '../helpers/shared-server';
import { stepRecordDisagreements } from '../helpers/step-record-agreement';
import { annotationCommands } from '../../src/report/workflow-commands';
import { parseWorkflowCommands, ROOT } from '../helpers/processes';

// Every fixture of the three tools, run three times in this process on the integration project's one PostgreSQL (the
// bundle's own rows: cli-output-and-exit-codes and action-annotations-and-outputs):
// - as a user runs it: exactly the README table's findings and exit code, as JSON and as annotations, and step records
//   that agree with the findings;
// - on empty tables (--no-seed-data, and --no-fixes: a fix trial only adds a fix or a hint to a finding): seeding adds
//   no finding that data does not cause, the other checks' findings are the same with and without rows. (The README's
//   findings are the ones with rows: its data findings, the generated totals' 0 and negatives included, are on purpose.)
// - the same on empty tables, split into segments of one migration (--jobs 2) and re-reading the whole catalog after
//   every step instead of only what each step touched: byte-identical JSON findings, in the same migration order, with
//   the same exit code. Splitting and whole snapshots are the engine's, so the engine alone is compared: with rows and
//   fixes a split run replays each segment's history seeded and tries every fix again, which cost more than the other
//   two runs together (29 s against 25 s, this file alone) and proved no more. The split with rows and fixes: jobs-and-shards-give-the-same-findings, on the fixtures whose
//   findings are data findings and verified fixes; on the generated corpus: `npm run bench:jobs`.
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
/** The checks that read seeded rows: the only findings seeding may add or change. */
const DATA_CHECKS = new Set(['up-fails-on-data', 'down-loses-data', 'reup-fails-on-data', 'down-fails-on-data', 'seed-skipped']);
const otherChecks = (findings: { check: string; severity: string }[]) =>
  findings
    .filter((f) => !DATA_CHECKS.has(f.check))
    .map((f) => `${f.severity} ${describeFinding(f)}`)
    .sort();

it("reads every tool's fixture table", () => expect(ROWS.length).toBeGreaterThanOrEqual(50));

describe.concurrent.each(ROWS)('migrations-fixtures/$path', (row) => {
  it(`gives exactly the README's findings and exit code ${row.exit}, the same on empty tables, and split with whole snapshots`, async () => {
    const dir = `migrations-fixtures/${row.path}`;
    // A row marked *scope unset* runs with the user's defaults as a workflow step with no event: history folded, no base.
    const run = (args: string[], settings = {}) =>
      row.scopeUnset
        ? checkInProcess(dir, args, settings, { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: '' }, true)
        : checkInProcess(dir, args, settings);
    const [{ outcome, report }, empty, split] = await Promise.all([
      run(['--jobs', '1']),
      run(['--jobs', '1', ...EMPTY_TABLES]),
      run(['--jobs', '2', ...EMPTY_TABLES], SPLIT_AND_WHOLE),
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

    expect(otherChecks(empty.report.findings)).toEqual(otherChecks(report.findings));

    expect(JSON.stringify(split.report.findings)).toBe(JSON.stringify(empty.report.findings));
    expect(split.report.results.map((r) => r.version)).toEqual(report.results.map((r) => r.version));
    expect(split.outcome.exitCode).toBe(empty.outcome.exitCode);
    if (split.outcome.run) expect(split.outcome.run.postgresVersionReason).toContain(SHARED);
  });
});
