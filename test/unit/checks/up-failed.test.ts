import { describe, expect, it } from 'vitest';
import { upFailed } from '../../../src/checks/up-failed';
import { engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck, skippedStep } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': 'CREATE TABLE t (id int);\n',
  '000001_a.down.sql': 'DROP TABLE t;\n',
  '000002_b.up.sql': 'ALTER TABLE t\n  ADD COLUMN c intt;\n',
  '000002_b.down.sql': 'ALTER TABLE t DROP COLUMN c;\n',
});

describe('up-failed', () => {
  it('reports a failed up at the line and column PostgreSQL pointed to, with SQLSTATE', () => {
    const up = migration(SET, 2).up!;
    const run = engineRun(SET, {
      '2': {
        up: failed(up, { message: 'type "intt" does not exist', code: '42704', line: 2, column: 16 }),
        down: skippedStep(),
        reup: skippedStep(),
      },
    });
    const findings = runCheck(upFailed, { set: SET, run });
    expect(placed(findings)).toEqual(['up-failed 000002_b.up.sql:2 error']);
    expect(findings[0]).toMatchObject({ column: 16, version: '000002' });
    expect(findings[0].message).toBe('000002 up failed at line 2: type "intt" does not exist (SQLSTATE 42704)');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves a cancelled (timed out) up to the timeout check', () => {
    const up = migration(SET, 2).up!;
    const run = engineRun(SET, {
      '2': { up: failed(up, { message: 'canceling statement due to statement timeout', code: '57014', timeout: { limit: 'statement', ms: 1000 } }) },
    });
    expect(runCheck(upFailed, { set: SET, run })).toEqual([]);
  });

  it('stays silent when every up succeeded', () => {
    expect(runCheck(upFailed, { set: SET, run: engineRun(SET) })).toEqual([]);
  });
});
