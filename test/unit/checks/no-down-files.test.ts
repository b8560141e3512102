import { describe, expect, it } from 'vitest';
import { missingDown } from '../../../src/checks/missing-down';
import { emptyFile } from '../../../src/checks/empty-file';
import { noDownFiles } from '../../../src/checks/no-down-files';
import { golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const UP_ONLY = {
  '000001_init.up.sql': 'CREATE TABLE t (id int);\n',
  '000002_add.up.sql': 'ALTER TABLE t ADD COLUMN c int;\n',
  '000003_more.up.sql': 'ALTER TABLE t ADD COLUMN d int;\n',
};

describe('no-down-files', () => {
  it('says once that a directory without any down file is checked up only, instead of missing-down per file', () => {
    const set = migrationSet(golangMigrate, UP_ONLY);
    const findings = runCheck(noDownFiles, { set });
    expect(placed(findings)).toEqual(['no-down-files 000001_init.up.sql:1 notice']);
    expect(findings[0].message).toMatch(/^reversibility not checked: none of the 3 migrations has a down/);
    expect(messages(findings)).toMatchSnapshot();
    expect(runCheck(missingDown, { set })).toEqual([]);
  });

  // Seven migrations with downs, then up-only ones: how many lack a down -> what is said.
  const withDowns = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, k) => [
        [`00001${k}_t${k}.up.sql`, `CREATE TABLE t${k} (id int);\n`],
        [`00001${k}_t${k}.down.sql`, `DROP TABLE t${k};\n`],
      ]).flat(),
    );
  it('leaves a directory with a forgotten down or two to missing-down, one warning per file', () => {
    const one = migrationSet(golangMigrate, { ...withDowns(6), '000020_add.up.sql': 'SELECT 1;\n' });
    expect(runCheck(noDownFiles, { set: one })).toEqual([]);
    expect(placed(runCheck(missingDown, { set: one }))).toEqual(['missing-down 000020_add.up.sql:1 warning']);
    // Two of eight: fewer than a third.
    const two = migrationSet(golangMigrate, { ...withDowns(6), '000020_add.up.sql': 'SELECT 1;\n', '000021_more.up.sql': 'SELECT 1;\n' });
    expect(runCheck(noDownFiles, { set: two })).toEqual([]);
    expect(runCheck(missingDown, { set: two })).toHaveLength(2);
  });

  it('says once for a mostly up-only directory (a third or more without a down) which migrations are checked up only', () => {
    // Three of seven lack a down: the notice names them, and missing-down stays silent on them.
    const set = migrationSet(golangMigrate, { ...UP_ONLY, ...withDowns(4) });
    const findings = runCheck(noDownFiles, { set });
    expect(placed(findings)).toEqual(['no-down-files 000001_init.up.sql:1 notice']);
    expect(findings[0].message).toMatch(/^reversibility not checked for 3 of the 7 migrations \(000001, 000002, 000003\): they have no down/);
    expect(messages(findings)).toMatchSnapshot();
    expect(runCheck(missingDown, { set })).toEqual([]);
  });

  it('treats goose files without any statement after -- +goose Down as having no down', () => {
    const set = migrationSet(goose, {
      '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n',
      '00002_add.sql': '-- +goose Up\nALTER TABLE t ADD COLUMN c int;\n-- +goose Down\n',
    });
    expect(placed(runCheck(noDownFiles, { set }))).toEqual(['no-down-files 00001_init.sql:1 notice']);
    const mixed = migrationSet(goose, {
      ...{ '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n' },
      '00002_add.sql': '-- +goose Up\nSELECT 1;\n',
    });
    expect(runCheck(noDownFiles, { set: mixed })).toEqual([]);
  });

  it('keeps missing-down for a directory of one migration: a first down may just be forgotten', () => {
    const set = migrationSet(golangMigrate, { '000001_init.up.sql': 'CREATE TABLE t (id int);\n' });
    expect(runCheck(noDownFiles, { set })).toEqual([]);
    expect(runCheck(missingDown, { set })).toHaveLength(1);
  });
});

describe('an up-only goose directory is one notice, not a warning per file', () => {
  const set = migrationSet(goose, {
    '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n',
    '00002_add.sql': '-- +goose Up\nALTER TABLE t ADD COLUMN c int;\n',
  });

  it('empty-file stays silent on the missing down sections', () => {
    expect(runCheck(noDownFiles, { set }).length).toBe(1);
    expect(runCheck(emptyFile, { set })).toEqual([]);
  });

  it('while a mixed goose directory still hears about the file without a down', () => {
    const mixed = migrationSet(goose, {
      '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n',
      '00002_add.sql': '-- +goose Up\nALTER TABLE t ADD COLUMN c int;\n',
    });
    expect(placed(runCheck(emptyFile, { set: mixed }))).toEqual(['empty-file 00002_add.sql:1 warning']);
  });
});
