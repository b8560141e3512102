import { describe, expect, it } from 'vitest';
import { mergeReports, MergeError } from '../../src/report/merge';
import { VERSION } from '../../src/version';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a report as JSON, edited freely by each case
type Report = Record<string, any>;

// Reports as `check --shard k/n --format json` writes them, for a directory of 4 migrations in 2 shards.
function shard(index: 1 | 2, edit: (r: Report) => void = () => {}) {
  const versions = index === 1 ? ['000001', '000002'] : ['000003', '000004'];
  const report: Report = {
    tool: { name: 'migration-guard', version: VERSION },
    ok: false,
    migrations: 4,
    findings: [{ check: 'up-failed', severity: 'error', message: 'm', file: `db/${versions[0]}_a.up.sql`, line: 1, version: versions[0] }],
    shard: {
      index,
      of: 2,
      first: versions[0],
      last: versions[1],
      migrations: 2,
      failOn: 'error',
      directory: 'db',
      startFingerprint: 'a',
      endFingerprint: 'a',
    },
    results: versions.map((version) => ({ version, steps: {}, differences: { afterDown: [], afterSecondUp: [] } })),
  };
  edit(report);
  return { file: `shard-${index}.json`, text: JSON.stringify(report) };
}

const refusal = (inputs: { file: string; text: string }[]) => {
  try {
    mergeReports(inputs, '/repo');
  } catch (error) {
    expect(error).toBeInstanceOf(MergeError);
    return (error as Error).message;
  }
  return 'merged';
};

describe('merge validates the shard reports it is given', () => {
  it('merges two honest shards', () => {
    expect(mergeReports([shard(1), shard(2)], '/repo').outcome.exitCode).toBe(1);
  });

  const forged: [string, () => { file: string; text: string }[], RegExp][] = [
    [
      'an unknown check id',
      () => [shard(1, (r) => (r.findings[0].check = 'pwned')), shard(2)],
      /^shard-1\.json: finding 1 has the unknown check "pwned"/,
    ],
    [
      'an unknown severity',
      () => [shard(1), shard(2, (r) => (r.findings[0].severity = 'fatal'))],
      /^shard-2\.json: finding 1 has the unknown severity "fatal"/,
    ],
    ['a finding that is not an object', () => [shard(1, (r) => (r.findings = [null])), shard(2)], /finding 1 is not an object/],
    ['a line that is not a number', () => [shard(1, (r) => (r.findings[0].line = '1; rm')), shard(2)], /"line" that is not a line number/],
    ['an unknown fail-on', () => [shard(1, (r) => (r.shard.failOn = 'sometimes')), shard(2)], /"shard.failOn" is "sometimes"/],
    ['another tool version', () => [shard(1), shard(2, (r) => (r.tool.version = '9.9.9'))], /was written by migration-guard "9\.9\.9"/],
    ['another fail-on', () => [shard(1), shard(2, (r) => (r.shard.failOn = 'never'))], /ran with fail-on "never" but shard-1\.json "error"/],
    ['another directory', () => [shard(1), shard(2, (r) => (r.shard.directory = 'other'))], /checked other but shard-1\.json checked db/],
    ['another migration count', () => [shard(1), shard(2, (r) => (r.migrations = 5))], /counted migrations: 5 but shard-1\.json 4/],
    [
      'a shard that covers fewer migrations than its segment',
      () => [shard(1, (r) => (r.shard.migrations = 1)), shard(2)],
      /shard-1\.json covers 1 migration\(s\) but shard 1\/2 of 4 covers 2/,
    ],
    [
      'a migration in two shards',
      () => [shard(1), shard(2, (r) => (r.results[0].version = '000002'))],
      /migration 000002 is in both shard-1\.json and shard-2\.json/,
    ],
    [
      'shards out of order',
      () => [shard(1), shard(2, (r) => Object.assign(r.shard, { first: '000002', last: '000004' }))],
      /shard-2\.json starts at 000002, not after 000002/,
    ],
    ['a report not from migration-guard', () => [shard(1, (r) => delete r.tool), shard(2)], /is not a migration-guard JSON report \(no "tool"\)/],
  ];
  it.each(forged)('refuses %s in one line', (_, inputs, message) => {
    const said = refusal(inputs());
    expect(said).toMatch(message);
    expect(said.split('\n')).toHaveLength(1);
  });
});
