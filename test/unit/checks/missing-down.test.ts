import { describe, expect, it } from 'vitest';
import { missingDown } from '../../../src/checks/missing-down';
import { baseComparison, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const FILES = {
  '000001_init.up.sql': 'CREATE TABLE t (id int);\n',
  '000001_init.down.sql': 'DROP TABLE t;\n',
  '000002_add.up.sql': 'ALTER TABLE t ADD COLUMN c int;\n',
};

describe('missing-down', () => {
  it('reports an up file without a down, as a warning on the up', () => {
    const set = migrationSet(golangMigrate, FILES);
    const findings = runCheck(missingDown, { set });
    expect(placed(findings)).toEqual(['missing-down 000002_add.up.sql:1 warning']);
    expect(findings[0].version).toBe('000002');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves a goose file without `-- +goose Down` to empty-file (goose keeps an empty down section for it)', () => {
    const set = migrationSet(goose, { '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n' });
    expect(set.migrations[0].down).toBeDefined();
    expect(runCheck(missingDown, { set })).toEqual([]);
  });

  it('leaves a down deleted since the base to applied-deleted', () => {
    const set = migrationSet(golangMigrate, FILES);
    const base = baseComparison(golangMigrate, { ...FILES, '000002_add.down.sql': 'ALTER TABLE t DROP COLUMN c;\n' });
    expect(runCheck(missingDown, { set, base })).toEqual([]);
  });

  it('stays silent when every up has its down', () => {
    const set = migrationSet(golangMigrate, { ...FILES, '000002_add.down.sql': 'ALTER TABLE t DROP COLUMN c;\n' });
    expect(runCheck(missingDown, { set })).toEqual([]);
  });
});
