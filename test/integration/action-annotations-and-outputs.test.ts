import { describe, expect, it } from 'vitest';
import { fixtureTable } from '../helpers/fixture-table';
import { parseWorkflowCommands, runAction } from '../helpers/processes';

/** Timings, server versions and the release in check links change; everything else in the summary is stable. */
const stable = (s: string) =>
  s
    .replace(/\/blob\/(v\d+\.\d+\.\d+[^/]*|main)\/docs\//g, '/blob/<release>/docs/')
    .replace(/(?<!')\b\d+(\.\d+)?m?s\b/g, 'N ms')
    .replace(/Checked on .*\n/, 'Checked on <server>\n');

/** Findings that stop the run before PostgreSQL: the tool would refuse the directory, or the files are rendered by the application. */
const NOT_RUN = new Set(['duplicate-version', 'rendered-files']);
/**
 * Every row of the fixture tables runs in-process (fixtures-give-readme-findings); these rows run through the bundled
 * action with a runner's environment: each exit code, a directory that is not run, a tool other than golang-migrate.
 */
const SMOKE = ['golang-migrate/valid', 'golang-migrate/duplicate-version', 'golang-migrate/missing-extension', 'dbmate/syntax-error'];
const ROWS = SMOKE.map((p) => {
  const [tool, name] = p.split('/');
  const row = fixtureTable(tool).find((r) => r.name === name);
  if (!row) throw new Error(`${p} is not in migrations-fixtures/${tool}/README.md`);
  return { ...row, path: p };
});

describe.each(ROWS)('the bundled action on migrations-fixtures/$path', (row) => {
  it('annotates exactly the README findings and sets the outputs', async () => {
    // As the CLI's fixture runs: every migration's findings listed, unless the row shows history folding.
    const result = await runAction({ 'migrations-path': `migrations-fixtures/${row.path}`, ...(row.scopeUnset ? {} : { scope: 'all' }) });
    const annotations = parseWorkflowCommands(result.stdout).filter((a) => a.props.title);
    const described = annotations.map(
      (a) => `${a.props.title} at ${[a.props.file.split('/').pop(), a.props.line, a.props.col].filter(Boolean).join(':')}`,
    );
    expect(described.sort()).toEqual(row.findings.map((f) => `${f.check} at ${f.at}`).sort());
    for (const a of annotations) expect(a.props.file).toMatch(new RegExp(`^migrations-fixtures/${row.path}/`));
    expect(result.outputs.result).toBe(row.exit === 0 ? 'passed' : 'failed');
    expect(Number(result.outputs.findings)).toBe(row.findings.length);
    expect(result.report).toMatchObject({ ok: row.exit === 0, findings: expect.any(Array) });
    expect(result.code).toBe(row.exit);
    // The step fails through the exit code; the last line says why: findings (1) or a run that could not check (2).
    if (row.exit === 1) expect(result.stdout).toMatch(/^migration-guard failed: \d+ finding\(s\) at or above fail-on 'error'/m);
    if (row.exit === 2) expect(result.stdout).toMatch(/^migration-guard could not finish: /m);
    // A directory the tool refuses, or files not meant to run as committed, are not run at all.
    const runs = !row.findings.some((f) => NOT_RUN.has(f.check));
    expect(result.stdout.includes('::group::Applying every migration up, down and up again')).toBe(runs);
    expect(result.stdout.includes('nothing is run on PostgreSQL')).toBe(!runs);
    // The summary's first line says what blocks the merge.
    const blocks = [
      /^## ✅ Nothing blocks this merge/,
      /^## ❌ \d+ errors? (and \d+ warnings? )?blocks? this merge/,
      /^## ⛔ Could not check everything/,
    ];
    expect(result.summary).toMatch(blocks[row.exit]);
    for (const f of row.findings) expect(result.summary).toContain(`\`${f.check}\``);
  });
});

describe('job summary', () => {
  it('lists findings and every migration with its outcome', async () => {
    const { summary } = await runAction({ 'migrations-path': 'migrations-fixtures/golang-migrate/down-incomplete' });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary).toContain('| `000002_customer_profile` |');
    expect(stable(summary)).toMatchSnapshot();
  });

  it('fails the step with the input name when an input is invalid', async () => {
    const result = await runAction({ 'migrations-path': 'migrations-fixtures/golang-migrate/valid', postgres: 'podman' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::input 'postgres' must be one of auto, local, embedded, docker, url, got 'podman'");
  });
});
