import { describe, expect, it } from 'vitest';
import { clusterWideChange } from '../../../src/checks/cluster-wide-change';
import { dbmate, engineRun, golangMigrate, messages, migration, migrationSet, placed, refusedStep, runCheck } from '../../helpers/facts';

describe('cluster-wide-change', () => {
  it('reports every file refused on a database-url server, up and down', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': 'CREATE ROLE app;\n', '000001_a.down.sql': 'DROP ROLE app;\n' });
    const m = migration(set, 1);
    const run = engineRun(set, { '1': { up: refusedStep(m.up!, 'creates a role'), down: refusedStep(m.down!, 'drops a role') } });
    const findings = runCheck(clusterWideChange, { set, run });
    expect(placed(findings)).toEqual(['cluster-wide-change 000001_a.up.sql:1 error', 'cluster-wide-change 000001_a.down.sql:1 error']);
    expect(findings[0].message).toBe(
      '000001_a.up.sql was not run on the server given by database-url: it creates a role, which would change more than the scratch database',
    );
    expect(messages(findings)).toMatchSnapshot();
  });

  it('points at the section of a dbmate file', () => {
    const set = migrationSet(dbmate, { '1_a.sql': '-- migrate:up\nCREATE ROLE app;\n-- migrate:down\nDROP ROLE app;\n' });
    const m = migration(set, 1);
    const findings = runCheck(clusterWideChange, { set, run: engineRun(set, { '1': { down: refusedStep(m.down!, 'drops a role') } }) });
    expect(placed(findings)).toEqual(['cluster-wide-change 1_a.sql:4 error']);
  });

  it('stays silent when nothing was refused', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': 'SELECT 1;\n' });
    expect(runCheck(clusterWideChange, { set, run: engineRun(set) })).toEqual([]);
  });
});
