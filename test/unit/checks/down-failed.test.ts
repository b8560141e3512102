import { describe, expect, it } from 'vitest';
import { downFailed } from '../../../src/checks/down-failed';
import { engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': 'CREATE TABLE t (id int);\n',
  '000001_a.down.sql': 'DROP TABLE t;\nDROP TABLEE u;\n',
});

describe('down-failed', () => {
  it('reports a down that fails right after its up, on the down file', () => {
    const down = migration(SET, 1).down!;
    const run = engineRun(SET, { '1': { down: failed(down, { message: 'syntax error at or near "TABLEE"', code: '42601', line: 2, column: 6 }) } });
    const findings = runCheck(downFailed, { set: SET, run });
    expect(placed(findings)).toEqual(['down-failed 000001_a.down.sql:2 error']);
    expect(findings[0]).toMatchObject({ column: 6, version: '000001' });
    expect(findings[0].message.startsWith('000001 down failed at line 2: syntax error at or near "TABLEE" (SQLSTATE 42601)')).toBe(true);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('names the other database a down was written for (one MySQL down among PostgreSQL files is its own failure)', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': 'CREATE TABLE t (id int);\n', '000001_a.down.sql': 'DROP TABLE `t`;\n' });
    const down = migration(set, 1).down!;
    const run = engineRun(set, { '1': { down: failed(down, { message: 'syntax error at or near "`"', code: '42601', line: 1, column: 12 }) } });
    const [finding] = runCheck(downFailed, { set, run });
    expect(finding.message).toContain('The file is written for another database, not PostgreSQL: MySQL back-quoted identifier `t`');
    expect(finding.hint).toContain('double quotes (or none) around identifiers instead of backquotes');
  });

  it('stays silent when the down succeeded or was not run', () => {
    expect(runCheck(downFailed, { set: SET, run: engineRun(SET) })).toEqual([]);
  });
});
