import { describe, expect, it } from 'vitest';
import { reupMismatch } from '../../../src/checks/reup-mismatch';
import { added, engineRun, golangMigrate, messages, migrationSet, placed, removed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': 'CREATE TABLE IF NOT EXISTS t (id int);\nCREATE INDEX IF NOT EXISTS t_id ON t (id);\n',
  '000001_a.down.sql': 'DROP INDEX t_id;\n',
});

describe('reup-mismatch', () => {
  it('reports, on the up file, a second up that gives another schema than the first', () => {
    const run = engineRun(SET, { '1': { reupDiff: [added('index', 'public.t_id2'), removed('index', 'public.t_id')] } });
    const findings = runCheck(reupMismatch, { set: SET, run });
    expect(placed(findings)).toEqual(['reup-mismatch 000001_a.up.sql:1 error']);
    expect(findings[0].message).toContain('running 000001_a.up.sql again after its down gives a different schema: ');
    expect(findings[0].message).toContain('exists after the second up but not after the first');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('stays silent when both ups give the same schema', () => {
    expect(runCheck(reupMismatch, { set: SET, run: engineRun(SET) })).toEqual([]);
  });
});
