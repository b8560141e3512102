import { describe, expect, it } from 'vitest';
import { missingUp } from '../../../src/checks/missing-up';
import { baseComparison, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const FILES = {
  '000001_init.up.sql': 'CREATE TABLE t (id int);\n',
  '000001_init.down.sql': 'DROP TABLE t;\n',
  '000002_add.down.sql': 'ALTER TABLE t DROP COLUMN c;\n',
};

describe('missing-up', () => {
  it('reports a down file without its up, at line 1 of the down', () => {
    const set = migrationSet(golangMigrate, FILES);
    const findings = runCheck(missingUp, { set });
    expect(placed(findings)).toEqual(['missing-up 000002_add.down.sql:1 error']);
    expect(findings[0].version).toBe('000002');
    expect(findings[0].message).toBe(
      '000002_add.down.sql has no up file: golang-migrate would mark version 000002 applied without running anything, then run this down on rollback',
    );
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves an up deleted since the base to applied-deleted', () => {
    const set = migrationSet(golangMigrate, FILES);
    const base = baseComparison(golangMigrate, { ...FILES, '000002_add.up.sql': 'ALTER TABLE t ADD COLUMN c int;\n' });
    expect(runCheck(missingUp, { set, base })).toEqual([]);
  });

  it('stays silent when every down has its up', () => {
    const { ['000002_add.down.sql']: _, ...paired } = FILES;
    expect(runCheck(missingUp, { set: migrationSet(golangMigrate, paired) })).toEqual([]);
  });

  it('does not apply to goose or dbmate, whose files hold both directions', async () => {
    const { goose, dbmate } = await import('../../helpers/facts');
    const { appliesTo } = await import('../../../src/checks');
    expect(appliesTo(missingUp, goose)).toBe(false);
    expect(appliesTo(missingUp, dbmate)).toBe(false);
    expect(appliesTo(missingUp, golangMigrate)).toBe(true);
  });
});
