import { afterAll, describe, expect, it } from 'vitest';
import { sequenceGap } from '../../../src/checks/sequence-gap';
import { baseComparison, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const up = (versions: string[]) => Object.fromEntries(versions.map((v) => [`${v}_m.up.sql`, 'SELECT 1;\n']));

// versions in the directory -> findings expected (file:line and message).
const CASES: [string[], string[]][] = [
  [['000001', '000002', '000004'], ['000004_m.up.sql:1 gap before 000004: version 000003 is missing']],
  [['000001', '000005'], ['000005_m.up.sql:1 gap before 000005: versions 000002 to 000004 are missing']],
  [['000003', '000004'], ['000003_m.up.sql:1 sequence starts at 000003, not 1: versions 000001 to 000002 are missing']],
  [['000001', '000002', '000003'], []],
  [['20240101120000', '20240301120000'], []],
  // Versions that step uniformly are numbered that way on purpose: the gaps are counted in that step.
  [['0010', '0020', '0030'], []],
  [['1000', '2000', '3000'], []],
  [['0010', '0020', '0040'], ['0040_m.up.sql:1 gap before 0040: version 0030 is missing']],
  [['0020', '0030'], ['0020_m.up.sql:1 sequence starts at 0020, not 10: version 0010 is missing']],
  // Not uniform (a step and then one more), nor a lone version: counted by one as before.
  [
    ['1000', '2000', '2001'],
    [
      '1000_m.up.sql:1 sequence starts at 1000, not 1: versions 0001 to 0999 are missing',
      '2000_m.up.sql:1 gap before 2000: versions 1001 to 1999 are missing',
    ],
  ],
  [['000010'], ['000010_m.up.sql:1 sequence starts at 000010, not 1: versions 000001 to 000009 are missing']],
];

describe('sequence-gap', () => {
  let rows = 0;
  afterAll(() => expect(rows).toBe(CASES.length));

  it.each(CASES)('versions %j give %j', (versions, expected) => {
    rows++;
    const findings = runCheck(sequenceGap, { set: migrationSet(golangMigrate, up(versions)) });
    expect(findings.map((f) => `${f.file?.split('/').pop()}:${f.line} ${f.message}`)).toEqual(expected);
    for (const f of findings) expect(f.severity).toBe('warning');
  });

  it("says golang-migrate runs the rest in order; goose directories get goose's name", () => {
    const findings = runCheck(sequenceGap, { set: migrationSet(golangMigrate, up(['000001', '000003'])) });
    expect(findings[0].hint).toBe(
      'A gap usually means a migration was deleted or renumbered after merging. golang-migrate runs the remaining versions in order regardless.',
    );
    expect(messages(findings)).toMatchSnapshot();
    const set = migrationSet(goose, { '00001_a.sql': '-- +goose Up\nSELECT 1;\n', '00003_b.sql': '-- +goose Up\nSELECT 1;\n' });
    const gooseFindings = runCheck(sequenceGap, { set });
    expect(placed(gooseFindings)).toEqual(['sequence-gap 00003_b.sql:1 notice']);
    expect(gooseFindings[0].hint).toContain('goose runs the remaining versions');
    // goose needs no contiguity: a gap the change opens is still only a notice there.
    const gooseBase = baseComparison(goose, { '00001_a.sql': '-- +goose Up\nSELECT 1;\n' }, { label: "the pull request's base" });
    const opened = runCheck(sequenceGap, { set, base: gooseBase });
    expect(placed(opened)).toEqual(['sequence-gap 00003_b.sql:1 notice']);
    expect(opened[0].hint).toContain('This change opens the gap');
  });

  // With a base: versions at the base, versions now -> severity of each gap (the change's own gaps fail, merged ones inform).
  const WITH_BASE: [string, string[], string[], string[]][] = [
    ['a new migration skips a number', ['000001', '000002'], ['000001', '000002', '000004'], ['000004_m.up.sql:1 error']],
    ['a merged migration is deleted', ['000001', '000002', '000003'], ['000001', '000003'], ['000003_m.up.sql:1 error']],
    ['the gap was merged before', ['000001', '000003'], ['000001', '000003', '000004'], ['000003_m.up.sql:1 notice']],
    ['a merged gap and a new one', ['000001', '000003'], ['000001', '000003', '000005'], ['000003_m.up.sql:1 notice', '000005_m.up.sql:1 error']],
    ['a merged late start', ['000003'], ['000003', '000004'], ['000003_m.up.sql:1 notice']],
    ['a new directory that starts late', [], ['000002'], ['000002_m.up.sql:1 error']],
    ['no gap', ['000001'], ['000001', '000002'], []],
  ];
  let baseRows = 0;
  afterAll(() => expect(baseRows).toBe(WITH_BASE.length));

  it.each(WITH_BASE)('with a base: %s', (_name, before, now, expected) => {
    baseRows++;
    const base = baseComparison(golangMigrate, up(before), { label: "the pull request's base" });
    const findings = runCheck(sequenceGap, { set: migrationSet(golangMigrate, up(now)), base });
    expect(findings.map((f) => `${f.file?.split('/').pop()}:${f.line} ${f.severity}`)).toEqual(expected);
  });

  it('says whether the change opened the gap or found it merged', () => {
    const base = baseComparison(golangMigrate, up(['000001', '000003']), { label: "the pull request's base" });
    const findings = runCheck(sequenceGap, { set: migrationSet(golangMigrate, up(['000001', '000003', '000005'])), base });
    expect(messages(findings)).toEqual([
      "gap before 000003: version 000002 is missing\nhint: The gap is already in the pull request's base, so it is not new in this change. golang-migrate runs the remaining versions in order regardless.",
      "gap before 000005: version 000004 is missing\nhint: This change opens the gap: the pull request's base does not have it. Renumber the new migration or restore the missing one. golang-migrate runs the remaining versions in order regardless.",
    ]);
  });
});
