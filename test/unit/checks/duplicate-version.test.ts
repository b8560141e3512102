import { describe, expect, it } from 'vitest';
import { duplicateVersion } from '../../../src/checks/duplicate-version';
import { baseComparison, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const GM = {
  '000001_init.up.sql': 'CREATE TABLE t (id int);\n',
  '000002_add_status.up.sql': 'ALTER TABLE t ADD COLUMN status text;\n',
  '000002_add_state.up.sql': 'ALTER TABLE t ADD COLUMN state text;\n',
};

describe('duplicate-version', () => {
  it('reports the second golang-migrate file of a version and direction, quoting "duplicate migration file"', () => {
    const set = migrationSet(golangMigrate, GM);
    const findings = runCheck(duplicateVersion, { set });
    // Sorted by name: 000002_add_state is kept, 000002_add_status is the one to move.
    expect(placed(findings)).toEqual(['duplicate-version 000002_add_status.up.sql:1 error']);
    expect(findings[0].version).toBe('000002');
    expect(findings[0].message).toContain('golang-migrate fails to load the directory ("duplicate migration file")');
    expect(findings[0].hint).toContain('000003');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('with a base, keeps the merged file and asks to renumber the newcomer', () => {
    const set = migrationSet(golangMigrate, GM);
    const base = baseComparison(golangMigrate, {
      '000001_init.up.sql': GM['000001_init.up.sql'],
      '000002_add_status.up.sql': GM['000002_add_status.up.sql'],
    });
    const findings = runCheck(duplicateVersion, { set, base });
    expect(placed(findings)).toEqual(['duplicate-version 000002_add_state.up.sql:1 error']);
    expect(findings[0].hint).toMatch(/^000002_add_status\.up\.sql is already merged at main: .* Renumber 000002_add_state\.up\.sql to 000003\.$/);
  });

  it('names goose and its one row per version for two goose files of one version', () => {
    const set = migrationSet(goose, {
      '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n',
      '00002_a.sql': '-- +goose Up\nSELECT 1;\n',
      '00002_b.sql': '-- +goose Up\nSELECT 2;\n',
    });
    const findings = runCheck(duplicateVersion, { set });
    expect(placed(findings)).toEqual(['duplicate-version 00002_b.sql:1 error']);
    expect(findings[0].message).toBe(
      '00002_b.sql has the same version (2) as 00002_a.sql: goose records one row per version, so one of the two fails or never runs',
    );
  });

  it('stays silent when every version is unique', () => {
    const set = migrationSet(golangMigrate, { '000001_init.up.sql': 'SELECT 1;\n', '000001_init.down.sql': 'SELECT 1;\n' });
    expect(runCheck(duplicateVersion, { set })).toEqual([]);
  });
});
