import { afterAll, describe, expect, it } from 'vitest';
import { unparsableName } from '../../../src/checks/unparsable-name';
import { dbmate, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const UP = 'CREATE TABLE t (id int);\n';

// Names golang-migrate silently skips although they look meant to run.
const SKIPPED = ['000002_add_color.UP.sql', '000003-add-icon.up.sql', '000004_add_rank_up.sql', '99999999999999999999999_huge.up.sql'];

describe('unparsable-name', () => {
  let rows = 0;
  afterAll(() => expect(rows).toBe(SKIPPED.length));

  it.each(SKIPPED)('reports %s, which golang-migrate would silently skip, at line 1', (name) => {
    rows++;
    const set = migrationSet(golangMigrate, { '000001_init.up.sql': UP, [name]: UP });
    const findings = runCheck(unparsableName, { set });
    expect(placed(findings)).toEqual([`unparsable-name ${name}:1 error`]);
    expect(findings[0].message).toMatch(new RegExp(`^golang-migrate silently skips ${name.replace(/\./g, '\\.')}: `));
    expect(findings[0].hint).toBe(
      'Rename it to VERSION_title.up.sql or VERSION_title.down.sql (lower-case up/down, an underscore after the version).',
    );
  });

  it('reports a name holding a line break, which golang-migrate and dbmate skip; goose runs it (its glob takes any character)', () => {
    const name = '000002_add\ncolor.up.sql';
    const findings = runCheck(unparsableName, { set: migrationSet(golangMigrate, { '000001_init.up.sql': UP, [name]: UP }) });
    expect(findings.map((f) => f.message)).toEqual([
      `golang-migrate silently skips ${name}: its name holds a line break, which golang-migrate's name pattern does not match across`,
    ]);
    const dbmateSet = migrationSet(dbmate, { '20240101000000_a\nb.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\n' });
    expect(runCheck(unparsableName, { set: dbmateSet }).map((f) => f.message)).toEqual([
      expect.stringContaining("its name holds a line break, which dbmate's name pattern does not match across"),
    ]);
    const gooseSet = migrationSet(goose, { '00001_a\nb.sql': '-- +goose Up\nSELECT 1;\n' });
    expect(runCheck(unparsableName, { set: gooseSet })).toEqual([]);
    expect(gooseSet.migrations).toHaveLength(1);
  });

  it('stays silent on well-formed names and on files that are plainly not migrations', () => {
    const set = migrationSet(
      golangMigrate,
      { '000001_init.up.sql': UP, '000001_init.down.sql': 'DROP TABLE t;\n' },
      { otherNames: ['README.md', '.gitkeep'] },
    );
    expect(runCheck(unparsableName, { set })).toEqual([]);
  });

  it("names goose and its own naming rule for a goose directory's bad .sql name", () => {
    const set = migrationSet(goose, { '00001_init.sql': `-- +goose Up\n${UP}`, 'x00002_add.sql': `-- +goose Up\n${UP}` });
    const findings = runCheck(unparsableName, { set });
    expect(placed(findings)).toEqual(['unparsable-name x00002_add.sql:1 error']);
    expect(findings[0].message.startsWith('goose does not run x00002_add.sql: ')).toBe(true);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('names dbmate and its naming rule for an upper-case .SQL extension in a dbmate directory', () => {
    const file = `-- migrate:up\n${UP}-- migrate:down\n`;
    const set = migrationSet(dbmate, { '20240101000000_init.sql': file, '20240102000000_add.SQL': file });
    const findings = runCheck(unparsableName, { set });
    expect(placed(findings)).toEqual(['unparsable-name 20240102000000_add.SQL:1 error']);
    expect(findings[0].message).toBe('dbmate silently skips 20240102000000_add.SQL: the extension must be lower-case `.sql`');
    expect(findings[0].hint).toContain('dbmate new');
  });
});
