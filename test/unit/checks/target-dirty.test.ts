import { describe, expect, it } from 'vitest';
import { targetDirty } from '../../../src/checks/target-dirty';
import { deployedVersion, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, { '000001_a.up.sql': 'SELECT 1;', '000002_b.up.sql': 'SELECT 2;' });

describe('target-dirty', () => {
  it('reports a dirty deployed database on the file of its version, with the force commands', () => {
    const findings = runCheck(targetDirty, { set: SET, deployed: deployedVersion({ version: 2n, dirty: true }) });
    expect(placed(findings)).toEqual(['target-dirty 000002_b.up.sql:1 error']);
    expect(findings[0].version).toBe('000002');
    expect(findings[0].message).toContain('("Dirty database version 2. Fix and force version.")');
    expect(findings[0].hint).toContain('force 2');
    expect(findings[0].hint).toContain('`force 000001`');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reports a dirty database at a version without a file, without a file', () => {
    const findings = runCheck(targetDirty, { set: SET, deployed: deployedVersion({ version: 9n, dirty: true }) });
    expect(placed(findings)).toEqual(['target-dirty -:- error']);
  });

  it('stays silent on a clean database', () => {
    expect(runCheck(targetDirty, { set: SET, deployed: deployedVersion({ version: 2n }) })).toEqual([]);
  });
});
