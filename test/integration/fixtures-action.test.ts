import { describe, expect, it } from 'vitest';
import { fixtureTable } from '../helpers/fixture-table';
import { parseWorkflowCommands, runAction } from '../helpers/processes';

/** Timings and server versions change from run to run; everything else in the summary is stable. */
const stable = (s: string) => s.replace(/\d+(\.\d+)?m?s\b/g, 'N ms').replace(/Checked on .*\n/, 'Checked on <server>\n');

const TOOLS = ['golang-migrate', 'goose', 'dbmate'];
const ROWS = TOOLS.flatMap((tool) => fixtureTable(tool).map((row) => ({ ...row, path: `${tool}/${row.name}` })));

it('reads every tool\'s fixture table', () => expect(ROWS.length).toBeGreaterThanOrEqual(20));

describe.each(ROWS)('action on migrations-fixtures/$path', (row) => {
  it('annotates exactly the README findings and sets the outputs', async () => {
    const result = await runAction({ 'migrations-path': `migrations-fixtures/${row.path}` });
    const annotations = parseWorkflowCommands(result.stdout).filter((a) => a.props.title);
    const described = annotations.map((a) => `${a.props.title} at ${[a.props.file.split('/').pop(), a.props.line, a.props.col].filter(Boolean).join(':')}`);
    expect(described.sort()).toEqual(row.findings.map((f) => `${f.check} at ${f.at}`).sort());
    for (const a of annotations) expect(a.props.file).toMatch(new RegExp(`^migrations-fixtures/${row.path}/`));
    expect(result.outputs.result).toBe(row.exit === 0 ? 'passed' : 'failed');
    expect(Number(result.outputs.findings)).toBe(row.findings.length);
    expect(result.report).toMatchObject({ ok: row.exit === 0, findings: expect.any(Array) });
    expect(result.code).toBe(row.exit);
    if (row.exit !== 0) expect(result.stdout).toMatch(/^::error::\d+ finding\(s\) at or above fail-on 'error'/m);
    expect(result.stdout).toContain('::group::Applying every migration up, down and up again');
    expect(result.summary).toContain(row.exit === 0 ? '## ✅ migration-guard: passed' : '## ❌ migration-guard: failed');
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
