import { describe, expect, it } from 'vitest';
import { renderedFilesCheck } from '../../src/checks/rendered-files';
import { renderedEvidence } from '../../src/formats/rendered';
import { golangMigrate, messages, migrationSet, placed, runCheck } from '../helpers/facts';

describe('files not meant to run as committed', () => {
  const CASES: [string, string, string, string | undefined][] = [
    ['Go template', '1_a.up.sql', 'CREATE TABLE {{ .Schema }}.users (id int);', 'template'],
    ['Jinja block', '1_a.up.sql', '{% if x %}CREATE TABLE t (id int);{% endif %}', 'template'],
    ['${VAR} placeholder', '1_a.up.sql', 'CREATE SCHEMA ${SCHEMA_NAME};', 'template'],
    ['/* TEMPLATE */ placeholder', '1_a.up.sql', 'CREATE TABLE /* TEMPLATE schema */users (id int);', 'template'],
    ['a .tmpl file', '1_a.up.sql.tmpl', 'CREATE TABLE t (id int);', 'template'],
    ['a Go file', '1_a.up.go', 'package migrations', 'other-language'],
    ['SQLite AUTOINCREMENT', '1_a.up.sql', 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);', 'other-dialect'],
    ['SQLite BLOB', '1_a.up.sql', 'CREATE TABLE t (id int, data BLOB NOT NULL);', 'other-dialect'],
    ['MySQL back-quotes', '1_a.up.sql', 'CREATE TABLE `users` (id int);', 'other-dialect'],
    ['MySQL ENGINE', '1_a.up.sql', 'CREATE TABLE t (id int) ENGINE=InnoDB;', 'other-dialect'],
    ['MySQL unsigned', '1_a.up.sql', 'CREATE TABLE t (id INT UNSIGNED);', 'other-dialect'],
    // Counter-examples: PostgreSQL SQL that looks similar.
    ['{{ in a string', '1_a.up.sql', "INSERT INTO t VALUES ('{{ not a template }}', E'${x}\\'s');", undefined],
    ['$1 in a function', '1_a.up.sql', 'CREATE FUNCTION f(int) RETURNS int AS $$ SELECT $1 + 1 $$ LANGUAGE sql;', undefined],
    ['{{ in a dollar-quoted body', '1_a.up.sql', "CREATE FUNCTION f() RETURNS text AS $body$ SELECT '{{' || '`' $body$ LANGUAGE sql;", undefined],
    ['templates in comments', '1_a.up.sql', '-- rendered from {{ .Schema }} once\n/* AUTOINCREMENT in MySQL */ CREATE TABLE t (id int);', undefined],
    ['a column named blob', '1_a.up.sql', 'ALTER TABLE t ADD COLUMN blob bytea NOT NULL;', undefined],
    ['a quoted identifier', '1_a.up.sql', 'CREATE TABLE "{{odd}}" (id int);', undefined],
    ['text columns', '1_a.up.sql', 'CREATE TABLE t (name text NOT NULL, note TEXT);', undefined],
    ['a .pgsql file', '1_a.up.pgsql', 'CREATE TABLE t (id int);', undefined],
  ];

  it('reads every case of the table', () => expect(CASES.length).toBe(19));

  it.each(CASES)('%s', (_label, name, text, kind) => {
    expect(renderedEvidence(name, text)?.kind).toBe(kind);
  });

  it('points at the line of the first sign', () => {
    expect(renderedEvidence('1_a.up.sql', 'CREATE TABLE a (id int);\n\nCREATE TABLE {{.S}}.b (id int);\n')).toMatchObject({
      line: 3,
      evidence: 'template `{{.S}}`',
    });
  });
});

describe('rendered-files', () => {
  it('reports a directory of templates once, not one error per file', () => {
    const set = migrationSet(golangMigrate, {
      '000001_users.up.sql': 'CREATE TABLE {{ .Schema }}.users (id int);\n',
      '000001_users.down.sql': 'DROP TABLE {{ .Schema }}.users;\n',
      '000002_orders.up.sql': 'CREATE TABLE {{ .Schema }}.orders (id int);\n',
      '000002_orders.go.up.go': 'package migrations\n',
    });
    const findings = runCheck(renderedFilesCheck, { set });
    expect(placed(findings)).toEqual(['rendered-files 000001_users.down.sql:1 warning']);
    expect(findings[0].message).toContain('these files are rendered by the application before they run; point migration-guard at the rendered files');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves one MySQL down among PostgreSQL files to run (its down-failed names the dialect), and does not stop the run', () => {
    const pg = (t: string) => ({ [`${t}_t.up.sql`]: `CREATE TABLE t${t} (id int);\n`, [`${t}_t.down.sql`]: `DROP TABLE t${t};\n` });
    const set = migrationSet(golangMigrate, { ...pg('000001'), ...pg('000002'), '000002_t.down.sql': 'DROP TABLE `t000002`;\n' });
    expect(runCheck(renderedFilesCheck, { set })).toEqual([]);
    expect(renderedFilesCheck.stopsRun?.(set)).toBeUndefined();
    // Half of the files, or every up, is the directory as a whole.
    const half = migrationSet(golangMigrate, { ...pg('000001'), '000001_t.down.sql': 'DROP TABLE `t000001`;\n' });
    expect(renderedFilesCheck.stopsRun?.(half)).toContain('cannot run on PostgreSQL as committed');
    const ups = migrationSet(golangMigrate, {
      ...pg('000001'),
      ...pg('000002'),
      ...pg('000003'),
      '000001_t.up.sql': 'CREATE TABLE `a` (id int);\n',
      '000002_t.up.sql': 'CREATE TABLE b (id int AUTO_INCREMENT);\n',
      '000003_t.up.sql': 'CREATE TABLE `c` (id int);\n',
    });
    expect(placed(runCheck(renderedFilesCheck, { set: ups }))).toEqual(['rendered-files 000001_t.up.sql:1 warning']);
  });

  it('stays silent on plain PostgreSQL migrations', () => {
    const set = migrationSet(golangMigrate, { '000001_f.up.sql': 'CREATE FUNCTION f(int) RETURNS int AS $$ SELECT $1 $$ LANGUAGE sql;\n' });
    expect(runCheck(renderedFilesCheck, { set })).toEqual([]);
  });
});
