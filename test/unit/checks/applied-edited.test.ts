import { describe, expect, it } from 'vitest';
import { appliedEdited } from '../../../src/checks/applied-edited';
import { baseComparison, dbmate, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const BASE = {
  '000001_init.up.sql': 'CREATE TABLE t (\n  id int\n);\n',
  '000001_init.down.sql': 'DROP TABLE t;\n',
};

describe('applied-edited', () => {
  it('reports an edited up as an error at the first changed line, an edited down as a warning', () => {
    const set = migrationSet(golangMigrate, {
      '000001_init.up.sql': 'CREATE TABLE t (\n  id bigint\n);\n',
      '000001_init.down.sql': 'DROP TABLE IF EXISTS t;\n',
    });
    const findings = runCheck(appliedEdited, { set, base: baseComparison(golangMigrate, BASE) });
    // Directory order: the down file's name sorts first.
    expect(placed(findings)).toEqual(['applied-edited 000001_init.down.sql:1 warning', 'applied-edited 000001_init.up.sql:2 error']);
    expect(findings[1].hint).toContain('git checkout 0123456789ab -- db/migrations/000001_init.up.sql');
    expect(findings[1].hint).toContain('000002');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reports a whitespace-only change as a notice that names the tool', () => {
    const set = migrationSet(golangMigrate, { ...BASE, '000001_init.up.sql': 'CREATE TABLE t (\n    id int\n);\n' });
    const findings = runCheck(appliedEdited, { set, base: baseComparison(golangMigrate, BASE) });
    expect(placed(findings)).toEqual(['applied-edited 000001_init.up.sql:2 notice']);
    expect(findings[0].message).toContain('golang-migrate keeps no checksums, so this is harmless');
  });

  it('compares a dbmate file section by section: an edited down leaves the up alone', () => {
    const before = '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n';
    const after = '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t CASCADE;\n';
    const set = migrationSet(dbmate, { '20240101000000_init.sql': after });
    const findings = runCheck(appliedEdited, { set, base: baseComparison(dbmate, { '20240101000000_init.sql': before }) });
    expect(placed(findings)).toEqual(['applied-edited 20240101000000_init.sql:4 warning']);
  });

  it('stays silent on unchanged files and on files the base did not have', () => {
    const set = migrationSet(golangMigrate, { ...BASE, '000002_new.up.sql': 'SELECT 1;\n' });
    expect(runCheck(appliedEdited, { set, base: baseComparison(golangMigrate, BASE) })).toEqual([]);
  });
});
