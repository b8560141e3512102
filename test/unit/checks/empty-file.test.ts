import { describe, expect, it } from 'vitest';
import { emptyFile } from '../../../src/checks/empty-file';
import { dbmate, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

describe('empty-file', () => {
  it('reports an empty golang-migrate down and a comment-only up, in the words golang-migrate users know', () => {
    const set = migrationSet(golangMigrate, {
      '000001_init.up.sql': 'CREATE TABLE t (id int);\n',
      '000001_init.down.sql': '  \n\n',
      '000002_later.up.sql': '-- TODO: write this\n',
      '000002_later.down.sql': 'SELECT 1;\n',
    });
    const findings = runCheck(emptyFile, { set });
    expect(placed(findings)).toEqual(['empty-file 000001_init.down.sql:1 warning', 'empty-file 000002_later.up.sql:1 warning']);
    expect(findings[0].message).toBe('000001_init.down.sql is empty: golang-migrate skips it and records version 000001 rolled back anyway');
    expect(findings[1].message).toBe('000002_later.up.sql holds only comments: it runs but changes nothing');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reports an empty dbmate down section beside a full up section, naming the section marker', () => {
    const set = migrationSet(dbmate, { '20240101000000_init.sql': '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\n\n' });
    const findings = runCheck(emptyFile, { set });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: 'empty-file', severity: 'warning', version: '20240101000000' });
    expect(findings[0].message).toBe(
      'the `-- migrate:down` section of 20240101000000_init.sql is empty: dbmate runs nothing and records version 20240101000000 rolled back anyway',
    );
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reports a goose up section that holds only comments', () => {
    const set = migrationSet(goose, { '00001_init.sql': '-- +goose Up\n-- nothing yet\n-- +goose Down\nSELECT 1;\n' });
    const findings = runCheck(emptyFile, { set });
    expect(findings.map((f) => [f.check, f.severity, f.message])).toEqual([
      ['empty-file', 'warning', 'the `-- +goose Up` section of 00001_init.sql holds only comments: it runs but changes nothing'],
    ]);
  });

  it('reports a goose file without `-- +goose Down` at line 1, naming `goose down`', () => {
    const set = migrationSet(goose, { '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n' });
    const findings = runCheck(emptyFile, { set });
    expect(placed(findings)).toEqual(['empty-file 00001_init.sql:1 warning']);
    expect(findings[0].message).toBe(
      '00001_init.sql has no `-- +goose Down` section: `goose down` runs nothing for it and records version 00001 rolled back anyway',
    );
  });

  it('stays silent when every section has a statement', () => {
    expect(
      runCheck(emptyFile, { set: migrationSet(golangMigrate, { '000001_init.up.sql': 'SELECT 1;\n', '000001_init.down.sql': 'SELECT 1;' }) }),
    ).toEqual([]);
    expect(runCheck(emptyFile, { set: migrationSet(dbmate, { '1_a.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n' }) })).toEqual([]);
  });
});
