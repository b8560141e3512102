import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationFormat, ParsedName, SectionPlan } from '../../src/formats/format';
import { goose } from '../../src/formats/goose';
import { readAnnotation } from '../../src/formats/goose/annotations';
import { endsWithSemicolon, parseDirection } from '../../src/formats/goose/parser';
import { appliesTo, CHECKS } from '../../src/checks';

/** The checks that do not run for a tool: those requiring a capability its format lacks. */
const skippedFor = (format: MigrationFormat) =>
  CHECKS.filter((c) => !appliesTo(c, format))
    .map((c) => c.id)
    .sort();

const NAME: ParsedName = { version: 1n, versionText: '00001', identifier: 'x' };

/** The statements goose would send for one direction, as text. */
function statements(text: string, direction: 'up' | 'down'): string[] {
  const result = goose.sections(text, NAME);
  if (!result.ok) throw new Error(`refused at line ${result.line}: ${result.reason}`);
  const section = result.sections.find((s) => s.direction === direction) as SectionPlan;
  return section.execution.units.map((u) => text.slice(u.start, u.end));
}

function refusal(text: string): { line: number; reason: string } {
  const result = goose.sections(text, NAME);
  if (result.ok) throw new Error('goose accepted the file');
  return result;
}

describe("goose's file names", () => {
  it.each([
    ['00001_create_users.sql', 1n, '00001', 'create_users'],
    ['20240101120000_init.sql', 20240101120000n, '20240101120000', 'init'],
    ['1_.sql', 1n, '1', ''],
    ['3_a_b.c.sql', 3n, '3', 'a_b.c'],
    // strconv.ParseInt takes a sign.
    ['+7_signed.sql', 7n, '+7', 'signed'],
    ['9223372036854775807_max.sql', 9223372036854775807n, '9223372036854775807', 'max'],
  ])('parses %s', (name, version, versionText, identifier) => {
    expect(goose.parseName(name)).toEqual({ ok: true, name: { version, versionText, identifier } });
  });

  it.each([
    ['00000_zero.sql', 'migration version must be greater than zero'],
    ['-1_negative.sql', 'migration version must be greater than zero'],
    ['create_users.sql', 'failed to parse version from migration file: create_users.sql: strconv.ParseInt: parsing "create": invalid syntax'],
    ['00001-create.sql', "no filename separator '_' found"],
    ['9223372036854775808_over.sql', 'value out of range'],
    ['seed.sql', "no filename separator '_' found"],
  ])('reports %s, which stops goose for the whole directory', (name, why) => {
    const result = goose.parseName(name);
    expect(result).toMatchObject({ ok: false, lookalike: true });
    expect(result.ok ? '' : result.reason).toContain(why);
  });

  it('reports versioned .go files as Go migrations it cannot run', () => {
    const result = goose.parseName('00003_backfill.go');
    expect(result).toMatchObject({ ok: false, lookalike: true });
    expect(result.ok ? '' : result.reason).toContain('Go migration');
  });

  it.each(['helpers.go', '00003_backfill_test.go', 'README.md', '00001_x.SQL', '00001_x.up.txt', '.gitkeep'])('quietly ignores %s', (name) => {
    expect(goose.parseName(name)).toMatchObject({ ok: false, lookalike: false });
  });

  it('never names a direction', () => {
    const result = goose.parseName('00001_x.sql');
    expect(result.ok && result.name.direction).toBeUndefined();
  });
});

describe("goose's annotations", () => {
  it.each([
    ['-- +goose Up', 'Up'],
    ['-- +goose up', 'Up'],
    ['--+goose UP', 'Up'],
    ['-- +goose Down   ', 'Down'],
    ['-- +goose statementbegin', 'StatementBegin'],
    ['-- +goose StatementEnd', 'StatementEnd'],
    ['-- +goose NO TRANSACTION', 'NO TRANSACTION'],
    ['-- +goose no transaction', 'NO TRANSACTION'],
    ['-- +goose ENVSUB ON', 'ENVSUB ON'],
    ['-- +goose envsub off', 'ENVSUB OFF'],
  ])('reads %j', (line, annotation) => {
    expect(readAnnotation(line)).toEqual({ kind: 'annotation', annotation });
  });

  it.each([
    ['  -- +goose Up', '"  -- +goose Up" contains leading whitespace: invalid annotation'],
    ['\t-- +goose Up', '"\\t-- +goose Up" contains leading whitespace: invalid annotation'],
    // goose quotes what is left once every "--" and the first "+goose" are removed.
    ['-- +goose Up +goose Down', `"  Up +goose Down" contains multiple '+goose' annotations: invalid annotation`],
    ['-- +goose', 'empty annotation'],
    ['-- +goose NO  TRANSACTION', '"NO  TRANSACTION" not supported: invalid annotation'],
    ['-- +goose Up -- create the table', '"Up  create the table" not supported: invalid annotation'],
    ['-- see the +goose docs', '"see the  docs" not supported: invalid annotation'],
  ])('refuses %j as goose does', (line, why) => {
    const result = readAnnotation(line);
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' ? result.reason : '').toBe(`failed to parse annotation line ${JSON.stringify(line)}: ${why}`);
  });

  it.each(['-- +GOOSE Up', '-- plain comment', 'SELECT 1; -- +goose Up'])('treats %j as no annotation', (line) => {
    expect(readAnnotation(line)).toEqual({ kind: 'none' });
  });
});

describe("goose's statement splitting", () => {
  it('splits on a semicolon at the end of a line, dropping comments before a statement and keeping those inside', () => {
    const text = [
      '-- +goose Up',
      '-- leading comment',
      'CREATE TABLE t (',
      '  -- inside',
      '  id int',
      ');',
      'SELECT 1; -- trailing',
      '',
      '-- +goose Down',
      'DROP TABLE t;',
      '',
    ].join('\n');
    expect(statements(text, 'up')).toEqual(['CREATE TABLE t (\n  -- inside\n  id int\n);', 'SELECT 1; -- trailing']);
    expect(statements(text, 'down')).toEqual(['DROP TABLE t;']);
  });

  it('does not end a statement on a semicolon in the middle of a line or glued to a comment', () => {
    expect(endsWithSemicolon('SELECT 1; SELECT 2')).toBe(false);
    expect(endsWithSemicolon('SELECT 1;--c')).toBe(false);
    expect(endsWithSemicolon('SELECT 1;  -- c;')).toBe(true);
    expect(endsWithSemicolon("SELECT '--x';")).toBe(true);
    const text = '-- +goose Up\nINSERT INTO t VALUES (1); INSERT INTO t VALUES (2)\n;\n';
    expect(statements(text, 'up')).toEqual(['INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)\n;']);
  });

  it('keeps a StatementBegin block holding a $$ plpgsql body with semicolons whole', () => {
    const body = 'CREATE FUNCTION f() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$;';
    const text = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      body,
      '-- +goose StatementEnd',
      'SELECT 2;',
      '-- +goose Down',
      '-- +goose StatementBegin',
      'DROP FUNCTION f();',
      '-- +goose StatementEnd',
      '',
    ].join('\n');
    expect(statements(text, 'up')).toEqual([body, 'SELECT 2;']);
    expect(statements(text, 'down')).toEqual(['DROP FUNCTION f();']);
  });

  it('stores an empty statement for an empty StatementBegin block and drops the next line, as goose does', () => {
    const text = '-- +goose Up\n-- +goose StatementBegin\n-- +goose StatementEnd\nSELECT 1;\nSELECT 2;\n';
    expect(statements(text, 'up')).toEqual(['', 'SELECT 2;']);
  });

  it('gives ranges into the original text, so a position in a statement maps back to the file', () => {
    const text = '-- +goose Up\r\n\r\nSELECT 1;\r\n  SELECT\r\n  2;  \r\n';
    const result = goose.sections(text, NAME);
    const up = result.ok ? result.sections[0] : undefined;
    expect(up?.execution.units).toEqual([
      { start: 16, end: 25 },
      { start: 29, end: 41 },
    ]);
    expect(text.slice(29, 41)).toBe('SELECT\r\n  2;');
  });

  it('runs the file in one transaction unless it says NO TRANSACTION, wherever that line is', () => {
    const plain = goose.sections('-- +goose Up\nSELECT 1;\n', NAME);
    expect(plain.ok && plain.sections.map((s) => s.execution.transaction)).toEqual(['wrapped', 'wrapped']);
    const text = '-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (x);\n-- +goose Down\n-- +goose NO TRANSACTION\nDROP INDEX CONCURRENTLY i;\n';
    const none = goose.sections(text, NAME);
    expect(none.ok && none.sections.map((s) => s.execution.transaction)).toEqual(['none', 'none']);
  });

  it('gives a file without Down an empty down section, which goose still records', () => {
    const result = goose.sections('-- +goose Up\nSELECT 1;\n', NAME);
    expect(result.ok && result.sections.map((s) => [s.direction, s.execution.units.length])).toEqual([
      ['up', 1],
      ['down', 0],
    ]);
  });

  it('places the section bodies between the annotations', () => {
    const text = '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n';
    const result = goose.sections(text, NAME);
    expect(result.ok && result.sections.map((s) => text.slice(s.body.start, s.body.end))).toEqual(['SELECT 1;\n', 'SELECT 2;\n']);
  });

  it('keeps the text of ENVSUB ON lines as written (the deploying machine substitutes them)', () => {
    const text = "-- +goose ENVSUB ON\n-- +goose Up\nSELECT '${REGION}';\n";
    expect(statements(text, 'up')).toEqual(["SELECT '${REGION}';"]);
  });
});

describe('files goose refuses, with its wording and the line', () => {
  const see = 'see https://github.com/pressly/goose#sql-migrations';
  it.each([
    [
      'no annotation at all',
      'CREATE TABLE t (id int);\n',
      1,
      `failed to parse migration: unexpected state 0 on line "CREATE TABLE t (id int);", ${see}`,
    ],
    ['only comments', '-- nothing here\n', 1, `failed to parse migration: must start with '-- +goose Up' annotation, ${see}`],
    ['a Down before the Up', '-- +goose Down\nSELECT 1;\n-- +goose Up\n', 1, `must start with '-- +goose Up' annotation, stateMachine=0, ${see}`],
    ['two Up annotations', '-- +goose Up\nSELECT 1;\n-- +goose Up\n', 3, `duplicate '-- +goose Up' annotations; stateMachine=1, ${see}`],
    [
      'an unfinished StatementBegin',
      '-- +goose Up\nSELECT 1;\n-- +goose StatementBegin\nSELECT 2;\n',
      3,
      "failed to parse migration: missing '-- +goose StatementEnd' annotation",
    ],
    [
      'a StatementEnd without Begin',
      '-- +goose Up\n-- +goose StatementEnd\n',
      2,
      `'-- +goose StatementEnd' must be defined after '-- +goose StatementBegin', ${see}`,
    ],
    [
      'a StatementBegin before Up',
      '-- +goose StatementBegin\n',
      1,
      `'-- +goose StatementBegin' must be defined after '-- +goose Up' or '-- +goose Down' annotation, stateMachine=0, ${see}`,
    ],
    [
      'an up statement without semicolon before Down',
      '-- +goose Up\nSELECT 1\nFROM t\n\n-- +goose Down\nSELECT 2;\n',
      3,
      'failed to parse migration: state 1, direction: up: unexpected unfinished SQL query: "SELECT 1\\nFROM t": missing semicolon?',
    ],
    [
      'an indented annotation',
      '-- +goose Up\n  -- +goose Down\n',
      2,
      'failed to parse annotation line "  -- +goose Down": "  -- +goose Down" contains leading whitespace: invalid annotation',
    ],
  ])('refuses %s', (_what, text, line, reason) => {
    expect(refusal(text)).toEqual({ ok: false, line, reason });
  });

  it('refuses an unfinished down statement, saying that goose up still applies the file', () => {
    const result = refusal('-- +goose Up\nSELECT 1;\n-- +goose Down\nDROP TABLE t\n');
    expect(result.line).toBe(4);
    expect(result.reason).toContain('state 4, direction: down: unexpected unfinished SQL query: "DROP TABLE t": missing semicolon?');
    expect(result.reason).toContain('goose up still applies this file');
    expect(parseDirection('-- +goose Up\nSELECT 1;\n-- +goose Down\nDROP TABLE t\n', 'up').ok).toBe(true);
  });
});

describe('recognising a goose directory', () => {
  it('counts .sql files with a -- +goose Up annotation', () => {
    expect(
      goose.recognise([
        { name: '00001_a.sql', text: '-- +goose Up\nSELECT 1;\n' },
        { name: '00002_b.sql', text: '-- +goose up\nSELECT 1;\n' },
        { name: '000003_c.up.sql', text: 'SELECT 1;\n' },
        { name: '00004_d.sql', text: '  -- +goose Up\n' },
        { name: 'notes.md', text: '-- +goose Up\n' },
      ]),
    ).toBe(2);
  });

  it('describes the tool for messages and checks', () => {
    expect(goose.words).toMatchObject({ label: 'goose', upCommand: 'goose up', downCommand: 'goose down', exampleName: '00001_create_users.sql' });
    expect(goose.defaultTable).toBe('goose_db_version');
    expect(goose.olderVersions).toBe('refused');
    expect(skippedFor(goose)).toEqual(['mismatched-pair', 'missing-up']);
  });
});

describe('the goose fixtures', () => {
  const root = path.join(__dirname, '../../migrations-fixtures/goose');
  const read = (dir: string) => readdirSync(path.join(root, dir)).map((name) => ({ name, text: readFileSync(path.join(root, dir, name), 'utf8') }));

  it('are all recognised as goose and parse, except the malformed one at the line its README gives', () => {
    const dirs = readdirSync(root).filter((d) => !d.endsWith('.md'));
    expect(dirs.length).toBe(12);
    for (const dir of dirs) {
      const files = read(dir);
      for (const file of files) {
        const name = goose.parseName(file.name);
        // A Go migration is goose's, but not SQL: go-migrations holds one on purpose.
        if (!name.ok && name.code && dir === 'go-migrations') continue;
        if (!name.ok) throw new Error(`${dir}/${file.name}: ${name.reason}`);
        const result = goose.sections(file.text, name.name);
        if (dir === 'malformed' && file.name === '00002_add_widget_size.sql') expect(result).toMatchObject({ ok: false, line: 2 });
        else expect(result.ok, `${dir}/${file.name}`).toBe(true);
      }
    }
  });

  it('put the lossy down statement of down-incomplete on line 11 and the typo of syntax-error on line 4', () => {
    const profile = read('down-incomplete').find((f) => f.name === '00002_customer_profile.sql')?.text ?? '';
    const result = goose.sections(profile, NAME);
    const down = result.ok ? result.sections.at(1)?.execution.units.at(0) : undefined;
    expect(profile.slice(0, down?.start).split('\n').length).toBe(11);
    const price = read('syntax-error').find((f) => f.name === '00002_add_product_price.sql')?.text ?? '';
    const up = goose.sections(price, NAME);
    const second = up.ok ? up.sections.at(0)?.execution.units.at(1) : undefined;
    expect(price.slice(0, second?.start).split('\n').length).toBe(4);
    expect(price.slice(second?.start, second?.end).indexOf('DEFALT') + 1).toBe(59);
  });
});
