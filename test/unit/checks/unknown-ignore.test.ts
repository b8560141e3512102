import { describe, expect, it } from 'vitest';
import { applyIgnoreComments } from '../../../src/check-support/ignore-comments';
import { unknownIgnore } from '../../../src/checks/unknown-ignore';
import type { Finding } from '../../../src/findings';
import { dbmate, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

describe('ignore comments are read as PostgreSQL reads comments', () => {
  const failing = (text: string, line: number) => {
    const set = migrationSet(golangMigrate, { '000001_x.up.sql': text });
    const finding: Finding = { check: 'up-failed', severity: 'error', message: 'm', file: set.files[0].path, line };
    return applyIgnoreComments([finding], set);
  };

  it('does not honour a marker inside a string literal, an E string, a quoted name or a dollar-quoted body', () => {
    for (const text of [
      "INSERT INTO t VALUES ('-- migration-guard:ignore up-failed');",
      "INSERT INTO t VALUES (E'\\' -- migration-guard:ignore up-failed');",
      'SELECT 1 AS "-- migration-guard:ignore up-failed";',
      'DO $$ BEGIN\n-- migration-guard:ignore up-failed\nPERFORM broken(); END $$;',
      "SELECT $body$\n-- migration-guard:ignore up-failed\n$body$, 'x' FROM missing;",
    ]) {
      const line = text.split('\n').length > 1 ? 3 : 1;
      expect({ text, kept: failing(text, line).kept.length }).toEqual({ text, kept: 1 });
    }
  });

  it('still honours the marker in a real comment on the line, above the statement, or after a string', () => {
    expect(failing("INSERT INTO t VALUES ('x'); -- migration-guard:ignore up-failed known", 1).ignored).toHaveLength(1);
    expect(failing('-- migration-guard:ignore up-failed known\nINSERT INTO t VALUES (1);', 2).ignored).toHaveLength(1);
    expect(failing("SELECT '--', 1; -- migration-guard:ignore up-failed", 1).ignored).toHaveLength(1);
  });

  it("reads Atlas's and Squawk's markers the same way: inside a string they are data", () => {
    const set = migrationSet(golangMigrate, {
      '000001_x.up.sql': "ALTER TABLE t DROP COLUMN c, ADD COLUMN d text DEFAULT '-- squawk-ignore ban-drop-column';\n",
    });
    const finding: Finding = { check: 'destructive-drop', severity: 'warning', message: 'm', file: set.files[0].path, line: 1 };
    expect(applyIgnoreComments([finding], set).kept).toHaveLength(1);
    const commented = migrationSet(golangMigrate, { '000001_x.up.sql': 'ALTER TABLE t DROP COLUMN c; -- squawk-ignore ban-drop-column\n' });
    expect(applyIgnoreComments([{ ...finding, file: commented.files[0].path }], commented).ignored).toHaveLength(1);
  });

  it('never honours an id in another case', () => {
    expect(failing('SELECT 1; -- migration-guard:ignore UP-FAILED', 1).kept).toHaveLength(1);
  });
});

describe('unknown-ignore', () => {
  it('names the file, the line and the nearest id for a typo, another case, a wildcard and an empty list', () => {
    const set = migrationSet(golangMigrate, {
      '000001_a.up.sql': '-- migration-guard:ignore destructiv-drop reviewed\nDROP TABLE a;\n',
      '000001_a.down.sql': 'CREATE TABLE a (); -- migration-guard:ignore UP-FAILED\n',
      '000002_b.up.sql': 'SELECT 1;\n-- migration-guard:ignore *\nSELECT 2; -- migration-guard:ignore all, up-failed\n',
      '000002_b.down.sql': 'SELECT 1;\n\n-- migration-guard:ignore\nSELECT 3;\n',
    });
    const findings = runCheck(unknownIgnore, { set });
    expect(placed(findings)).toEqual([
      'unknown-ignore 000001_a.down.sql:1 warning',
      'unknown-ignore 000001_a.up.sql:1 warning',
      'unknown-ignore 000002_b.down.sql:3 warning',
      'unknown-ignore 000002_b.up.sql:2 warning',
      'unknown-ignore 000002_b.up.sql:3 warning',
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'the ignore comment at 000001_a.down.sql:1 names `UP-FAILED` (did you mean `up-failed`?), which is not a check id and silences nothing',
      'the ignore comment at 000001_a.up.sql:1 names `destructiv-drop` (did you mean `destructive-drop`?), which is not a check id and silences nothing',
      'the ignore comment at 000002_b.down.sql:3 names no check, so it silences nothing',
      'the ignore comment at 000002_b.up.sql:2 names `*` (there is no wildcard: name each check to silence), which is not a check id and silences nothing',
      'the ignore comment at 000002_b.up.sql:3 names `all` (there is no wildcard: name each check to silence), which is not a check id and silences nothing',
    ]);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reads a dbmate file once for both sections', () => {
    const set = migrationSet(dbmate, {
      '20240101000000_a.sql': '-- migrate:up\nSELECT 1; -- migration-guard:ignore up-faild\n-- migrate:down\nSELECT 1;\n',
    });
    expect(placed(runCheck(unknownIgnore, { set }))).toEqual(['unknown-ignore 20240101000000_a.sql:2 warning']);
  });

  it('stays silent on correct ids, on markers inside strings, and on files without a marker', () => {
    const set = migrationSet(golangMigrate, {
      '000001_a.up.sql': '-- migration-guard:ignore destructive-drop, missing-lock-timeout reviewed\nDROP TABLE a;\n',
      '000001_a.down.sql': "SELECT '-- migration-guard:ignore nonsense';\n",
      '000002_b.up.sql': 'SELECT 1;\n',
    });
    expect(runCheck(unknownIgnore, { set })).toEqual([]);
  });
});
