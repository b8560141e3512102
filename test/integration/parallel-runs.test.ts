import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus';
import type { Logger } from '../../src/log';
import { check } from '../../src/main';
import { buildJsonReport } from '../../src/report/json';
import { settingsFromArgs } from '../../src/settings/command-line';
import { fixtureTable } from '../helpers/fixture-table';
import { ROOT, runCli } from '../helpers/processes';

const ROWS = (['golang-migrate', 'goose', 'dbmate'] as const).flatMap((tool) => fixtureTable(tool).map((row) => ({ ...row, tool })));

interface Report {
  findings: unknown[];
  results: { version: string }[];
  postgres?: { jobs?: number };
  shard?: { index: number; of: number; startFingerprint?: string; endFingerprint?: string };
}

async function findingsOf(dir: string, args: string[]): Promise<{ text: string; report: Report; code: number | null }> {
  const result = await runCli(['check', dir, '--postgres', 'local', '--format', 'json', ...args]);
  const report = JSON.parse(result.stdout) as Report;
  return { text: JSON.stringify(report.findings), report, code: result.code };
}

const silent: Logger = { info: () => undefined, notice: () => undefined, warning: () => undefined, group: (_n, fn) => fn() };

/**
 * The same run in this process, with segments as small as one migration so that even a 2-migration fixture is split
 * (default: 40 per segment). Only a test can lower it: no input, flag or variable sets Settings.minSegment.
 */
async function smallSegmentFindings(dir: string, args: string[]): Promise<{ text: string; report: Report; code: number | null }> {
  const command = settingsFromArgs(['check', dir, '--postgres', 'local', ...args], ROOT);
  if (!command) throw new Error('no check command');
  const outcome = await check({ ...command.settings, minSegment: 1 }, { log: silent });
  const report = JSON.parse(JSON.stringify(buildJsonReport(outcome, ROOT))) as Report;
  return { text: JSON.stringify(report.findings), report, code: outcome.exitCode };
}

it("reads every tool's fixture table", () => expect(ROWS.length).toBeGreaterThanOrEqual(40));

describe.concurrent.each(ROWS)('--jobs 2 on migrations-fixtures/$tool/$name', (row) => {
  it('gives byte-identical JSON findings to --jobs 1', async () => {
    const dir = `migrations-fixtures/${row.tool}/${row.name}`;
    const [one, two] = await Promise.all([smallSegmentFindings(dir, ['--jobs', '1']), smallSegmentFindings(dir, ['--jobs', '2'])]);
    expect(two.text).toBe(one.text);
    expect(two.report.results.map((r) => r.version)).toEqual(one.report.results.map((r) => r.version));
    expect(two.code).toBe(one.code);
  });
});

describe('the generated corpus of 1,000 migrations', () => {
  it('gives byte-identical JSON findings with --jobs 1 and --jobs 2', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-parallel-')), 'migrations');
    writeCorpus(dir, 1000);
    const one = await findingsOf(dir, ['--jobs', '1']);
    const two = await findingsOf(dir, ['--jobs', '2']);
    expect(one.report.postgres?.jobs).toBe(1);
    expect(two.report.postgres?.jobs).toBe(2);
    expect(one.report.results).toHaveLength(1000);
    expect(two.text).toBe(one.text);
    expect(two.report.results.map((r) => r.version)).toEqual(one.report.results.map((r) => r.version));
  }, 1_200_000);
});

describe('shards and merge', () => {
  it.each(['syntax-error', 'down-incomplete', 'up-fails-on-data'])(
    'shards 1/3, 2/3 and 3/3 of %s merge into one run findings and exit code',
    async (name) => {
      const dir = `migrations-fixtures/golang-migrate/${name}`;
      const work = mkdtempSync(path.join(os.tmpdir(), 'mg-shards-'));
      const one = await findingsOf(dir, ['--jobs', '1']);
      const files: string[] = [];
      for (const k of [1, 2, 3]) {
        const shard = await findingsOf(dir, ['--shard', `${k}/3`]);
        expect(shard.report.shard).toMatchObject({ index: k, of: 3 });
        const file = path.join(work, `shard-${k}.json`);
        writeFileSync(file, JSON.stringify(shard.report));
        files.push(file);
      }
      const merged = await runCli(['merge', ...files.reverse(), '--format', 'json']);
      const report = JSON.parse(merged.stdout) as Report;
      expect(JSON.stringify(report.findings)).toBe(one.text);
      expect(report.results.map((r) => r.version)).toEqual(one.report.results.map((r) => r.version));
      expect(merged.code).toBe(one.code);
    },
    300_000,
  );

  it('refuses a missing or duplicate shard in one line', async () => {
    const dir = 'migrations-fixtures/golang-migrate/valid';
    const work = mkdtempSync(path.join(os.tmpdir(), 'mg-shards-'));
    const first = path.join(work, 'one.json');
    writeFileSync(first, JSON.stringify((await findingsOf(dir, ['--shard', '1/2'])).report));
    const missing = await runCli(['merge', first]);
    expect(missing.stderr).toBe(
      "migration-guard: shard(s) 2/2 missing: the merged report would leave their migrations out; give every shard's report\n",
    );
    expect(missing.code).toBe(2);
    const twice = await runCli(['merge', first, first]);
    expect(twice.stderr).toMatch(/^migration-guard: shard 1\/2 appears twice \(.*one\.json and .*one\.json\): give each shard's report once\n$/);
    expect(twice.code).toBe(2);
  }, 120_000);
});
