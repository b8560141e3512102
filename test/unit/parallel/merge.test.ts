import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandReportPatterns, mergeReports } from '../../../src/report/merge';

const shard = (index: number, of: number, over: Record<string, unknown> = {}) => ({
  file: `shard-${index}.json`,
  text: JSON.stringify({
    tool: { name: 'migration-guard', version: '0.0.0' },
    ok: true,
    // One migration per shard: the segments `check --shard k/n` gives (merge checks that they cover the directory once).
    migrations: of,
    findings: [],
    results: [{ version: String(index).padStart(6, '0') }],
    shard: { index, of, migrations: 1, startFingerprint: `s${index}`, endFingerprint: `s${index + 1}`, failOn: 'error', directory: 'migrations' },
    ...over,
  }),
});
const finding = (check: string, severity: string, version: string) => ({
  check,
  severity,
  message: `${check} here`,
  file: `migrations/${version}_x.up.sql`,
  line: 1,
  version,
});

describe('merging shard reports', () => {
  it('joins results in shard order and sorts findings as one run does, with its exit code', () => {
    const merged = mergeReports(
      [
        shard(2, 2, { findings: [finding('up-failed', 'error', '000002')], ok: false }),
        shard(1, 2, { findings: [finding('missing-lock-timeout', 'warning', '000001'), finding('sequence-gap', 'notice', '000001')] }),
      ],
      '/repo',
    );
    expect(merged.report.results.map((r) => r.version)).toEqual(['000001', '000002']);
    expect(merged.report.findings.map((f) => f.check)).toEqual(['up-failed', 'missing-lock-timeout', 'sequence-gap']);
    expect(merged.report.findings[0]?.file).toBe('migrations/000002_x.up.sql');
    expect(merged.outcome.exitCode).toBe(1);
    expect(merged.report.ok).toBe(false);
    expect(merged.report).not.toHaveProperty('shard');
    expect(merged.notices).toEqual([]);
  });

  it('says when a shard did not start where the one before it ended', () => {
    const merged = mergeReports(
      [
        shard(1, 2),
        shard(2, 2, {
          shard: { index: 2, of: 2, migrations: 1, startFingerprint: 'other', endFingerprint: 'x', failOn: 'error', directory: 'migrations' },
        }),
      ],
      '/repo',
    );
    expect(merged.notices).toHaveLength(1);
    expect(merged.notices[0]).toMatch(/^shard 2\/2 started from a database \(other\) other than the one shard 1\/2 ended with \(s2\)/);
  });

  it('makes a shard that could not finish an incomplete run (exit code 2)', () => {
    const merged = mergeReports([shard(1, 2), shard(2, 2, { error: 'run-timeout (1s) reached' })], '/repo');
    expect(merged.outcome.exitCode).toBe(2);
    expect(merged.report.error).toBe('run-timeout (1s) reached');
  });

  it.each([
    [[shard(1, 3), shard(3, 3)], "shard(s) 2/3 missing: the merged report would leave their migrations out; give every shard's report"],
    [[shard(1, 2), shard(1, 2)], "shard 1/2 appears twice (shard-1.json and shard-1.json): give each shard's report once"],
    [[shard(1, 2), shard(2, 3)], 'shard-2.json is shard 2/3 but shard-1.json is one of 2: merge the reports of one matrix'],
    [
      [{ file: 'x.json', text: '{"tool":{"name":"migration-guard","version":"0.0.0"},"findings":[],"results":[]}' }],
      'x.json is not a shard\'s report (it has no "shard" field): run check with --shard k/n to make one',
    ],
    [[{ file: 'x.json', text: 'nope' }], /^x\.json is not JSON/],
  ])('refuses %#', (inputs, message) => {
    expect(() => mergeReports(inputs, '/repo')).toThrow(message);
  });
});

describe('merge-reports patterns', () => {
  it('expands *, ? and ** and refuses a pattern that matches nothing', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mg-merge-'));
    mkdirSync(path.join(root, 'shards', 'a'), { recursive: true });
    for (const f of ['shards/shard-1.json', 'shards/shard-2.json', 'shards/a/shard-3.json', 'shards/notes.txt'])
      writeFileSync(path.join(root, f), '{}');
    const rel = async (...patterns: string[]) => (await expandReportPatterns(patterns, root)).map((f) => path.relative(root, f));
    expect(await rel('shards/shard-?.json')).toEqual(['shards/shard-1.json', 'shards/shard-2.json']);
    expect((await rel('shards/**/*.json')).sort()).toEqual(['shards/a/shard-3.json', 'shards/shard-1.json', 'shards/shard-2.json']);
    expect(await rel('shards/shard-1.json', 'shards/shard-*.json')).toEqual(['shards/shard-1.json', 'shards/shard-2.json']);
    await expect(rel('reports/*.json')).rejects.toThrow("merge-reports: 'reports/*.json' matches no file in");
  });
});
