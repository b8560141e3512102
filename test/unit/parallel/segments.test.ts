import { describe, expect, it } from 'vitest';
import { AUTO_MIN_CHECKED, MIN_SEGMENT, planAuto, planSegments, PREFIX_COST, shardSegment } from '../../../src/engine/parallel/segments';
import { whyPrefixDiffers } from '../../../src/engine/parallel/speculation';
import { parseCommandLine } from '../../../src/settings/command-line';
import { SettingsError } from '../../../src/settings/settings';
import type { MigrationTrace } from '../../../src/engine/trace';
import type { MigrationFile } from '../../../src/formats/migration-set';

describe('segments', () => {
  it('jobs: auto runs one segment on 2 cores, or for a pull request that checks a few migrations of many', () => {
    expect(planAuto(1000, 1000, 2)).toEqual([{ start: 0, end: 1000 }]);
    expect(planAuto(1000, 3, 8)).toEqual([{ start: 0, end: 1000 }]);
    expect(planAuto(2 * AUTO_MIN_CHECKED - 1, 2 * AUTO_MIN_CHECKED - 1, 8)).toHaveLength(1);
  });

  it('jobs: auto splits where the cores and the checked migrations pay for it', () => {
    expect(planAuto(1000, 1000, 4)).toEqual(planSegments(1000, 2));
    expect(planAuto(1000, 1000, 16)).toEqual(planSegments(1000, 6));
  });

  it('keeps a small directory in one segment, whatever the cores', () => {
    expect(planSegments(30, 4)).toEqual([{ start: 0, end: 30 }]);
    expect(planSegments(2 * MIN_SEGMENT - 1, 8)).toEqual([{ start: 0, end: 2 * MIN_SEGMENT - 1 }]);
  });

  it('splits into at most jobs contiguous segments that cover every migration once, later ones shorter (they replay a prefix)', () => {
    const segments = planSegments(1000, 3);
    expect(segments).toEqual([
      { start: 0, end: 483 },
      { start: 483, end: 796 },
      { start: 796, end: 1000 },
    ]);
    // Each ends at about the same time: its prefix at PREFIX_COST per migration, then its own migrations.
    const cost = segments.map((s) => s.start * PREFIX_COST + (s.end - s.start));
    for (const c of cost) expect(Math.abs(c - cost[0]) / cost[0]).toBeLessThan(0.01);
    expect(planSegments(100, 4)).toHaveLength(2); // 40 per segment at least
    expect(planSegments(5, 2, 1)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(planSegments(3, 3, 1)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('gives shard k of n exactly its part, empty when there are fewer migrations than shards', () => {
    expect([1, 2, 3].map((k) => shardSegment(3, k, 3))).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(shardSegment(2, 3, 3)).toEqual({ start: 2, end: 2 });
  });
});

const file = (text: string): MigrationFile => ({ text, body: { start: 0, end: text.length } }) as unknown as MigrationFile;
const trace = (over: Partial<MigrationTrace> = {}): MigrationTrace => ({
  migration: { versionText: '000007', version: 7n },
  up: { status: 'ok', ms: 1 },
  down: { status: 'ok', ms: 1 },
  reup: { status: 'ok', ms: 1 },
  downDiff: [],
  reupDiff: [],
  ...over,
});

describe('whether a later segment may start from its prefix applied up', () => {
  it('holds after clean up/down/up cycles, and after migrations only applied up (scope: changed)', () => {
    expect(whyPrefixDiffers([trace(), trace({ down: { status: 'skipped', ms: 0, reason: 'unchanged since the base' } })])).toBeUndefined();
  });

  it.each([
    ['a failed up', trace({ up: { status: 'failed', ms: 1 } }), '000007 has a failed step'],
    ['a refused down', trace({ down: { status: 'refused', ms: 0 } }), '000007 has a refused step'],
    ['a rebuild', trace({ rebuilt: true }), 'the scratch database was rebuilt at 000007'],
    ['a schema difference', trace({ downDiff: [{} as never] }), '000007 leaves schema differences'],
    ['lost rows', trace({ data: { tables: [], seeded: [], skipped: [], losses: [{} as never], ms: 0 } }), '000007 changes seeded rows'],
    [
      'a down that sets search_path',
      trace({ down: { status: 'ok', ms: 1, file: file('SET search_path = app;\nDROP TABLE x;\n') } }),
      '000007 down changes session settings',
    ],
  ])('fails after %s', (_what, t, why) => {
    expect(whyPrefixDiffers([trace(), t])).toBe(why);
  });
});

describe('--jobs and --shard', () => {
  const parse = (...args: string[]) => {
    const request = parseCommandLine(['check', 'migrations', ...args], process.cwd(), {});
    if (request.kind !== 'check') throw new Error('expected a check');
    return request.command.settings;
  };

  it('defaults jobs to auto up to the cores and reads a number', () => {
    expect(parse().jobs.auto).toBe(true);
    expect(parse().jobs.max).toBeGreaterThanOrEqual(1);
    expect(parse('--jobs', '3').jobs).toEqual({ max: 3, auto: false });
    expect(parse('-j', 'auto').jobs).toEqual(parse().jobs);
  });

  it('reads k/n', () => {
    expect(parse('--shard', '2/4').shard).toEqual({ index: 2, of: 4 });
    expect(parse().shard).toBeUndefined();
  });

  it.each([
    [['--jobs', '0'], "--jobs must be a number from 1 to 256 or auto, got '0'"],
    [['--jobs', 'many'], "--jobs must be a number from 1 to 256 or auto, got 'many'"],
    [['--shard', '3/2'], /--shard must be k\/n with 1 <= k <= n <= 256, e\.g\. 2\/4 .*got '3\/2'/],
    [['--shard', '2'], /--shard must be k\/n .*got '2'/],
  ])('refuses %j', (args, message) => {
    expect(() => parse(...args)).toThrow(SettingsError);
    expect(() => parse(...args)).toThrow(message);
  });

  it('parses merge with its reports', () => {
    const request = parseCommandLine(['merge', 'a.json', 'b.json', '--format', 'json'], '/work', {});
    expect(request).toMatchObject({ kind: 'merge', command: { files: ['/work/a.json', '/work/b.json'], format: 'json' } });
    expect(() => parseCommandLine(['merge'], '/work', {})).toThrow(/merge needs the shards' JSON reports/);
  });
});
