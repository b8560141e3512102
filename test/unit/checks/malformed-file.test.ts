import { describe, expect, it } from 'vitest';
import { malformedFile } from '../../../src/checks/malformed-file';
import { dbmate, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

describe('malformed-file', () => {
  it('reports a goose file without `-- +goose Up`, naming goose and `goose up`', () => {
    const set = migrationSet(goose, {
      '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n',
      '00002_add.sql': 'ALTER TABLE t ADD COLUMN c int;\n',
    });
    const findings = runCheck(malformedFile, { set });
    expect(findings.map((f) => [f.check, f.severity, f.file?.endsWith('00002_add.sql'), f.version])).toEqual([
      ['malformed-file', 'error', true, '00002'],
    ]);
    expect(findings[0].line).toBeGreaterThanOrEqual(1);
    expect(findings[0].message).toContain('`goose up` stops at this file');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reports a dbmate file without `-- migrate:down` at line 1', () => {
    const set = migrationSet(dbmate, { '20240101000000_init.sql': '-- migrate:up\nCREATE TABLE t (id int);\n' });
    const findings = runCheck(malformedFile, { set });
    expect(placed(findings)).toEqual(['malformed-file 20240101000000_init.sql:1 error']);
    expect(findings[0].message.startsWith('dbmate refuses 20240101000000_init.sql: ')).toBe(true);
  });

  it('stays silent on well-formed files (golang-migrate has no annotations to get wrong)', () => {
    expect(runCheck(malformedFile, { set: migrationSet(golangMigrate, { '000001_init.up.sql': '' }) })).toEqual([]);
    const set = migrationSet(dbmate, { '20240101000000_init.sql': '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n' });
    expect(runCheck(malformedFile, { set })).toEqual([]);
  });
});
