import { describe, expect, it } from 'vitest';
import { appliedDeleted } from '../../../src/checks/applied-deleted';
import { DIR, baseComparison, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const BASE = {
  '000001_init.up.sql': 'CREATE TABLE t (id int);\n',
  '000001_init.down.sql': 'DROP TABLE t;\n',
  '000002_add.up.sql': 'ALTER TABLE t ADD COLUMN c int;\n',
  '000002_add.down.sql': 'ALTER TABLE t DROP COLUMN c;\n',
};

describe('applied-deleted', () => {
  it('reports a deleted up as an error and a deleted down as a warning, quoting golang-migrate', () => {
    const set = migrationSet(golangMigrate, {
      '000001_init.up.sql': BASE['000001_init.up.sql'],
      '000001_init.down.sql': BASE['000001_init.down.sql'],
      '000002_add.down.sql': BASE['000002_add.down.sql'],
    });
    const setNoDown = migrationSet(golangMigrate, {
      '000001_init.up.sql': BASE['000001_init.up.sql'],
      '000002_add.up.sql': BASE['000002_add.up.sql'],
      '000002_add.down.sql': BASE['000002_add.down.sql'],
    });
    const base = baseComparison(golangMigrate, BASE);
    const up = runCheck(appliedDeleted, { set, base });
    expect(placed(up)).toEqual(['applied-deleted 000002_add.up.sql:1 error']);
    expect(up[0].message).toBe(
      '000002_add.up.sql is already merged at main and was deleted: new databases never get its schema, and databases at version 000002 fail with "no migration found for version 000002"',
    );
    const down = runCheck(appliedDeleted, { set: setNoDown, base });
    expect(placed(down)).toEqual(['applied-deleted 000001_init.down.sql:1 warning']);
    expect(messages([...up, ...down])).toMatchSnapshot();
  });

  it('says where a file was moved when the tool does not read it there', () => {
    const set = migrationSet(golangMigrate, {
      '000001_init.up.sql': BASE['000001_init.up.sql'],
      '000001_init.down.sql': BASE['000001_init.down.sql'],
    });
    const base = baseComparison(
      golangMigrate,
      { '000001_init.up.sql': BASE['000001_init.up.sql'], '000001_init.down.sql': BASE['000001_init.down.sql'], '000002_add.up.sql': 'x' },
      {
        renames: { '000002_add.up.sql': `${DIR}/old/000002_add.up.sql` },
      },
    );
    const findings = runCheck(appliedDeleted, { set, base });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('was moved to old/000002_add.up.sql, where golang-migrate does not read it');
  });

  it('reports a deleted goose file once, for its up, in goose words', () => {
    const file = '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n';
    const set = migrationSet(goose, { '00001_a.sql': file });
    const findings = runCheck(appliedDeleted, { set, base: baseComparison(goose, { '00001_a.sql': file, '00002_b.sql': file }) });
    expect(placed(findings)).toEqual(['applied-deleted 00002_b.sql:1 error']);
    expect(findings[0].message).toContain('databases at version 00002 can no longer roll it back (`goose down` has no file for it)');
  });

  it('stays silent when every merged file is still there', () => {
    expect(runCheck(appliedDeleted, { set: migrationSet(golangMigrate, BASE), base: baseComparison(golangMigrate, BASE) })).toEqual([]);
  });
});
