import { describe, expect, it } from 'vitest';
import { appliedRenamed } from '../../../src/checks/applied-renamed';
import { DIR, baseComparison, dbmate, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const UP = 'CREATE TABLE t (id int);\n';

describe('applied-renamed', () => {
  it('reports a renumbered migration as an error', () => {
    const set = migrationSet(golangMigrate, { '000003_init.up.sql': UP });
    const base = baseComparison(golangMigrate, { '000001_init.up.sql': UP }, { renames: { '000001_init.up.sql': `${DIR}/000003_init.up.sql` } });
    const findings = runCheck(appliedRenamed, { set, base });
    expect(placed(findings)).toEqual(['applied-renamed 000003_init.up.sql:1 error']);
    expect(findings[0].hint).toBe('Keep the name 000001_init.up.sql and its content; put changes in a new migration.');
    expect(messages(findings)).toMatchSnapshot();
  });

  it("reports a new title on the same version as a notice, in the tool's words", () => {
    const set = migrationSet(golangMigrate, { '000001_create.up.sql': UP });
    const base = baseComparison(golangMigrate, { '000001_init.up.sql': UP }, { renames: { '000001_init.up.sql': `${DIR}/000001_create.up.sql` } });
    const findings = runCheck(appliedRenamed, { set, base });
    expect(placed(findings)).toEqual(['applied-renamed 000001_create.up.sql:1 notice']);
    expect(findings[0].message).toBe(
      '000001_create.up.sql is 000001_init.up.sql, already merged at main, renamed: golang-migrate tracks only the version, so the new title is harmless to databases',
    );
    expect(findings[0].hint).toBeUndefined();

    const file = '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n';
    const dbmateSet = migrationSet(dbmate, { '20240101000000_create.sql': file });
    const dbmateBase = baseComparison(
      dbmate,
      { '20240101000000_init.sql': file },
      { renames: { '20240101000000_init.sql': `${DIR}/20240101000000_create.sql` } },
    );
    const dbmateFindings = runCheck(appliedRenamed, { set: dbmateSet, base: dbmateBase });
    expect(dbmateFindings[0].message).toContain('dbmate tracks only the version');
  });

  it('reports a renamed and edited up as an error', () => {
    const set = migrationSet(golangMigrate, { '000001_create.up.sql': 'CREATE TABLE t (id bigint);\n' });
    const base = baseComparison(golangMigrate, { '000001_init.up.sql': UP }, { renames: { '000001_init.up.sql': `${DIR}/000001_create.up.sql` } });
    const findings = runCheck(appliedRenamed, { set, base });
    expect(placed(findings)).toEqual(['applied-renamed 000001_create.up.sql:1 error']);
    expect(findings[0].message).toContain('renamed and edited: databases that already ran version 000001 keep the old text');
  });

  it('stays silent without renames', () => {
    expect(
      runCheck(appliedRenamed, {
        set: migrationSet(golangMigrate, { '000001_init.up.sql': UP }),
        base: baseComparison(golangMigrate, { '000001_init.up.sql': UP }),
      }),
    ).toEqual([]);
  });
});
