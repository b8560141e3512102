import { describe, expect, it } from 'vitest';
import { reupFailed } from '../../../src/checks/reup-failed';
import { added, engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': "CREATE TABLE t (id int);\nINSERT INTO audit VALUES ('x');\n",
  '000001_a.down.sql': 'DROP TABLE t;\n',
});

describe('reup-failed', () => {
  it('reports an up that fails when run again after a down that restored the schema', () => {
    const up = migration(SET, 1).up!;
    const run = engineRun(SET, {
      '1': { reup: failed(up, { message: 'duplicate key value violates unique constraint "audit_pkey"', code: '23505', line: 2, column: 1 }) },
    });
    const findings = runCheck(reupFailed, { set: SET, run });
    expect(placed(findings)).toEqual(['reup-failed 000001_a.up.sql:2 error']);
    expect(findings[0].message.startsWith('000001 up (run again after its down) failed at line 2: duplicate key value')).toBe(true);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves the failure to down-incomplete when the down left something behind', () => {
    const up = migration(SET, 1).up!;
    const run = engineRun(SET, {
      '1': { downDiff: [added('table', 'public.t')], reup: failed(up, { message: 'relation "t" already exists', code: '42P07', line: 1 }) },
    });
    expect(runCheck(reupFailed, { set: SET, run })).toEqual([]);
  });

  it('stays silent when the second up succeeds', () => {
    expect(runCheck(reupFailed, { set: SET, run: engineRun(SET) })).toEqual([]);
  });
});
