import { describe, expect, it } from 'vitest';
import { dbmate } from '../../src/formats/dbmate';
import { DOWN_WITHOUT_UP, MISSING_DOWN, MISSING_UP, STATEMENT_BEFORE_UP, markerOptions } from '../../src/formats/dbmate/sections';
import type { MigrationFormat, ParsedName, SectionPlan, SectionsResult } from '../../src/formats/format';
import { appliesTo, CHECKS } from '../../src/checks';

/** The checks that do not run for a tool: those requiring a capability its format lacks. */
const skippedFor = (format: MigrationFormat) =>
  CHECKS.filter((c) => !appliesTo(c, format))
    .map((c) => c.id)
    .sort();

const NAME: ParsedName = { version: 20240101120000n, versionText: '20240101120000', identifier: 'create_users' };

function planned(text: string): SectionPlan[] {
  const result = dbmate.sections(text, NAME);
  if (!result.ok) throw new Error(`refused at line ${result.line}: ${result.reason}`);
  return result.sections;
}

/** What dbmate sends for each direction, and how. */
function sent(text: string): Record<string, { sql: string; transaction: string }> {
  return Object.fromEntries(
    planned(text).map((s) => {
      expect(s.execution.units).toEqual([s.body]);
      return [s.direction, { sql: text.slice(s.body.start, s.body.end), transaction: s.execution.transaction }];
    }),
  );
}

function refusal(text: string): Extract<SectionsResult, { ok: false }> {
  const result = dbmate.sections(text, NAME);
  if (result.ok) throw new Error('expected dbmate to refuse the file');
  return result;
}

describe("dbmate's file names (^(\\d+).*\\.sql$)", () => {
  it.each([
    ['20240101120000_create_users.sql', 20240101120000n, '20240101120000', 'create_users'],
    ['001_init.sql', 1n, '001', 'init'],
    // No underscore needed: dbmate runs all of these.
    ['1.sql', 1n, '1', ''],
    ['2a.sql', 2n, '2', 'a'],
    ['003-dash.sql', 3n, '003', '-dash'],
    ['8_x.down.sql', 8n, '8', 'x.down'],
    ['10 x.sql', 10n, '10', ' x'],
    // Versions are strings to dbmate: any length is fine.
    ['99999999999999999999999_big.sql', 99999999999999999999999n, '99999999999999999999999', 'big'],
  ])('runs %s', (file, version, versionText, identifier) => {
    expect(dbmate.parseName(file)).toEqual({ ok: true, name: { version, versionText, identifier } });
  });

  it.each([
    ['4_x.SQL', 'lower-case `.sql`', true],
    ['5_x.sql.bak', 'does not end in `.sql`', true],
    ['a6_x.sql', 'starts with the version', true],
    ['seed.sql', 'starts with the version', true],
    ['12_notes.txt', 'does not end in `.sql`', true],
    ['.7_x.sql', 'starts with the version', false],
    ['README.md', 'starts with the version', false],
    ['١٣_arabic_digits.sql', 'starts with the version', true],
  ])('skips %s and says why', (file, why, lookalike) => {
    const result = dbmate.parseName(file);
    expect(result).toMatchObject({ ok: false, lookalike });
    expect(result.ok ? '' : result.reason).toContain(why);
  });
});

describe("dbmate's -- migrate:up / -- migrate:down sections", () => {
  it('sends each section verbatim, marker line and trailing blank lines included, in a transaction', () => {
    const text = '-- migrate:up\ncreate table a (id int);\n\n-- migrate:down\ndrop table a;\n';
    expect(sent(text)).toEqual({
      up: { sql: '-- migrate:up\ncreate table a (id int);\n\n', transaction: 'wrapped' },
      down: { sql: '-- migrate:down\ndrop table a;\n', transaction: 'wrapped' },
    });
  });

  it('keeps offsets into the original file, comments before the up marker outside both sections', () => {
    const text = '-- Adds users.\n\n-- migrate:up\nselect 1;\n-- migrate:down\nselect 2;\n';
    const [up, down] = planned(text);
    expect(up.body).toEqual({ start: 16, end: 40 });
    expect(down.body).toEqual({ start: 40, end: text.length });
  });

  it('runs a section outside a transaction when its marker says transaction:false', () => {
    const text = '-- migrate:up transaction:false\ncreate index concurrently i on t (c);\n-- migrate:down\ndrop index i;\n';
    expect(sent(text)).toMatchObject({ up: { transaction: 'none' }, down: { transaction: 'wrapped' } });
    const downOnly = '-- migrate:up\nselect 1;\n-- migrate:down   transaction:false\ndrop index concurrently i;\n';
    expect(sent(downOnly)).toMatchObject({ up: { transaction: 'wrapped' }, down: { transaction: 'none' } });
  });

  it('reads options as dbmate does: tabs, other options, the last value, CR LF; values are case-sensitive', () => {
    expect(markerOptions('-- migrate:up\ttransaction:false  other:1\nselect 1;')).toEqual(
      new Map([
        ['transaction', 'false'],
        ['other', '1'],
      ]),
    );
    expect(markerOptions('-- migrate:up transaction:false transaction:true')).toEqual(new Map([['transaction', 'true']]));
    expect(markerOptions('-- migrate:up transaction:false\r\nselect 1;')).toEqual(new Map([['transaction', 'false']]));
    // `transaction:` and `false` are two tokens: the transaction stays on.
    expect(markerOptions('-- migrate:up transaction: false')).toEqual(new Map([['transaction', '']]));
    expect(markerOptions('-- migrate:up transaction:false:yes')).toEqual(new Map());
    expect(sent('-- migrate:up transaction:False\nselect 1;\n-- migrate:down\n').up.transaction).toBe('wrapped');
    expect(sent('-- migrate:up transaction:false\r\nselect 1;\r\n-- migrate:down\r\n').up.transaction).toBe('none');
  });

  it('takes any spacing after --, even a line break, but no other case and nothing before --', () => {
    expect(sent('--migrate:up\nselect 1;\n--   migrate:down\nselect 2;\n').up.sql).toBe('--migrate:up\nselect 1;\n');
    // RE2's \s spans the line break: dbmate sends `--\n  migrate:up ...` and PostgreSQL fails on `migrate`.
    expect(sent('--\n  migrate:up\nselect 1;\n-- migrate:down\nselect 2;\n').up.sql).toBe('--\n  migrate:up\nselect 1;\n');
    expect(refusal('-- MIGRATE:UP\nselect 1;\n-- migrate:down\n')).toEqual({ ok: false, line: 1, reason: MISSING_UP });
    expect(refusal(' -- migrate:up\nselect 1;\n-- migrate:down\n')).toEqual({ ok: false, line: 1, reason: MISSING_UP });
    expect(refusal('-- migrate:upx\nselect 1;\n-- migrate:down\n')).toEqual({ ok: false, line: 1, reason: MISSING_UP });
    // A byte-order mark stands before `--`: dbmate sees no marker.
    expect(refusal('\uFEFF-- migrate:up\nselect 1;\n-- migrate:down\n')).toEqual({ ok: false, line: 1, reason: MISSING_UP });
  });

  it('accepts empty sections (a down with nothing to undo is allowed in v2)', () => {
    expect(sent('-- migrate:up\n-- migrate:down\n')).toEqual({
      up: { sql: '-- migrate:up\n', transaction: 'wrapped' },
      down: { sql: '-- migrate:down\n', transaction: 'wrapped' },
    });
  });

  it.each([
    ['no up marker', 'create table a (id int);\n', 1, MISSING_UP],
    ['no down marker (v2 requires one)', '-- comment\n-- migrate:up\ncreate table a (id int);\n', 2, MISSING_DOWN],
    [
      'a statement before the up marker',
      "-- Adds a.\ncreate type s as enum ('x');\n-- migrate:up\nselect 1;\n-- migrate:down\n",
      2,
      STATEMENT_BEFORE_UP,
    ],
    ['the down section before the up section', '-- migrate:down\ndrop table a;\n-- migrate:up\ncreate table a (id int);\n', 2, STATEMENT_BEFORE_UP],
    ['a lone down marker before the up section', '-- migrate:down\n-- migrate:up\ncreate table a (id int);\n', 2, MISSING_DOWN],
    ['two down markers', '-- migrate:up\nselect 1;\n-- migrate:down\nselect 2;\n-- migrate:down\nselect 3;\n', 5, DOWN_WITHOUT_UP],
    [
      'a statement before the up marker and two downs (statements first)',
      'select 0;\n-- migrate:up\n-- migrate:down\n-- migrate:down\n',
      1,
      STATEMENT_BEFORE_UP,
    ],
    ['a second section without a down', '-- migrate:up\nselect 1;\n-- migrate:down\nselect 2;\n-- migrate:up\nselect 3;\n', 5, MISSING_DOWN],
    [
      'a first section without a down and a second with two (all sections are counted first)',
      '-- migrate:up\nselect 1;\n-- migrate:up\nselect 2;\n-- migrate:down\n-- migrate:down\n',
      6,
      DOWN_WITHOUT_UP,
    ],
  ])("refuses %s with dbmate's words and the line", (_what, text, line, reason) => {
    expect(refusal(text)).toEqual({ ok: false, line, reason });
  });

  it('refuses a file with two up/down pairs: dbmate 2.36 records the version twice and fails on the second', () => {
    const result = refusal(
      '-- migrate:up\ncreate table a (id int);\n-- migrate:down\ndrop table a;\n-- migrate:up\ncreate table b (id int);\n-- migrate:down\ndrop table b;\n',
    );
    expect(result.line).toBe(5);
    expect(result.reason).toContain("2 '-- migrate:up' sections");
    expect(result.reason).toContain('records version 20240101120000 after each');
  });

  it('finds markers only at the start of a line, wherever they are (dbmate does not read SQL)', () => {
    const text = "-- migrate:up\nselect '\n-- migrate:down\n';\n";
    expect(sent(text).up.sql).toBe("-- migrate:up\nselect '\n");
  });
});

describe('dbmate directory recognition and words', () => {
  it('counts only files dbmate would run that hold an up marker', () => {
    expect(
      dbmate.recognise([
        { name: '20240101120000_a.sql', text: '-- migrate:up\nselect 1;\n-- migrate:down\n' },
        { name: '20240101130000_b.sql', text: '-- migrate:up transaction:false\nselect 1;\n' },
        { name: '000001_a.up.sql', text: 'create table a (id int);\n' },
        { name: '00002_b.sql', text: '-- +goose Up\nselect 1;\n' },
        { name: 'seed.sql', text: '-- migrate:up\nselect 1;\n' },
      ]),
    ).toBe(2);
  });

  it('words its commands and skips checks that mean nothing for one-file timestamped migrations', () => {
    expect(dbmate.words).toMatchObject({
      label: 'dbmate',
      upCommand: 'dbmate up',
      downCommand: 'dbmate rollback',
      exampleName: '20240101120000_create_users.sql',
    });
    expect(dbmate.defaultTable).toBe('schema_migrations');
    expect(dbmate.olderVersions).toBe('applied');
    expect(skippedFor(dbmate)).toEqual(['mismatched-pair', 'missing-up', 'sequence-gap']);
  });
});
