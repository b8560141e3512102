import { describe, expect, it } from 'vitest';
import { sqlTokens, sqlTokensDeep } from '../../src/catalog/sql-tokens';
import { firstToken } from '../../src/engine/observe/statements';
import { blank } from '../../src/formats/rendered';
import { splitStatements } from '../../src/sql/text';

/**
 * What each of the four SQL scanners makes of inputs where quoting rules are easy to get wrong. The snapshots were
 * written by the scanners as they were before they shared one lexer (src/sql/lexer.ts), so a change in any of them
 * shows here. Where the scanners disagree with each other (a `$` right after a digit, a long dollar tag, a letter
 * beyond ASCII before `$$`), each keeps its own answer.
 */
const LONG_TAG = `$${'t'.repeat(70)}$`;
const CASES: [string, string][] = [
  ['nested block comments', '/* a /* nested ; */ still comment ; */ SELECT 1; SELECT 2 /* b */;'],
  ['an unterminated nested comment', 'SELECT 1; /* open /* nested */ SELECT 2;'],
  ['a comment opened inside a comment closer', 'SELECT 1 /*/ still open */; SELECT 2;'],
  ['a $tag$ body containing $$ and ;', 'SELECT $tag$ body $$ not the end ; $tag$; SELECT 2;'],
  ['an unterminated dollar-quoted body', 'SELECT 1; SELECT $$ open ; SELECT 2;'],
  ['$$ right after a word, a digit, a parameter', 'SELECT a$$b$$; SELECT 1$$x;$$; SELECT $1$$;$$; SELECT 1_$$;$$;'],
  ['adjacent dollar-quoted bodies', 'SELECT $$a$$$$b;$$; SELECT $a$x$a$$b$;$b$;'],
  ['a dollar tag longer than 62 characters', `SELECT ${LONG_TAG} x; ${LONG_TAG}; SELECT 2;`],
  ['E strings with escaped quotes', "SELECT E'\\'' AS a; SELECT e'\\\\'; SELECT E'a\\';b'; SELECT 3;"],
  ['an e ending a word is not an E string', "SELECT xe'\\'; SELECT 1;'; SELECT 1E'\\'; SELECT 2;';"],
  ["'' escapes", "SELECT 'it''s; here'; SELECT ''''; SELECT '';"],
  ['adjacent strings', "SELECT 'a' 'b'; SELECT E'a' e'b'; SELECT 'a'E'\\'';"],
  ['quoted identifiers with quotes', 'SELECT "we""ird;" FROM "t"; SELECT """"; SELECT "";'],
  ['an unterminated string', "SELECT 1; SELECT 'open; SELECT 2;"],
  ['an unterminated E string ending in a backslash', "SELECT 1; SELECT E'open\\"],
  ['an unterminated quoted identifier', 'SELECT 1; SELECT "open; SELECT 2;'],
  ['line comments', 'SELECT 1; -- a ; comment\nSELECT 2 -- trailing ;\n;\n-- last, no newline'],
  ['comments inside operators', 'SELECT 1+--c\n2, 3*/*c*/4, 5-/**/-6, 7 --8\n, 9/10;'],
  ['numbers, casts and parameters', 'SELECT 1e5, 1_000, .5e-3, 1.e2, 0x1F::int, a::text, $1, $12a; DO $$ BEGIN x := 1; END $$;'],
  ['psql meta-commands', "\\connect db\nSELECT 1 \\gset\n;\\i_x file;\n\\e'\\'' ;\n\\!echo;\n'x' \\q"],
  ['letters beyond ASCII', "SELECT é$$x;$$; SELECT éE'\\''; SELECT 'é'; SELECT ñame FROM \"ü\";"],
  [
    'SQL-standard function bodies',
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END; SELECT 2;',
  ],
  ['CREATE OR REPLACE PROCEDURE bodies', 'create or replace procedure p() begin atomic insert into t values (1); end; commit;'],
  ['only comments and semicolons', '-- x\n/* y */\n;\n ; '],
  ['empty text', ''],
  ['whitespace of every kind', '\uFEFF SELECT\u00A01;\r\n\tSELECT\u20282;\u3000'],
  ['templates in and out of quotes', 'SELECT \'{{x}}\', "{{y}}", $$ {{z}} $$, {{ .Schema }}, ${A}; /* TEMPLATE t */ -- {{c}}'],
  ['back-quotes and odd characters', 'SELECT `a`, b[1], c.d, e@f, #g, ?h, ~i, ^j, %k, &l, |m, <n>, !=o, :p, :=q;'],
  ['surrogate pairs', 'SELECT \'🙂\', "🙂", 🙂x, x🙂; -- 🙂\nSELECT 1;'],
];

describe('the SQL scanners keep their output on tricky inputs', () => {
  it('reads every case of the table', () => expect(CASES.length).toBe(29));

  it.each(CASES)('splitStatements: %s', (_name, text) => {
    expect(splitStatements(text)).toMatchSnapshot();
  });

  it.each(CASES)('sqlTokens: %s', (_name, text) => {
    expect({ tokens: sqlTokens(text), deep: sqlTokensDeep(text) }).toMatchSnapshot();
  });

  it.each(CASES)('blank: %s', (_name, text) => {
    const { code, comments } = blank(text);
    expect(code).toHaveLength(text.length);
    expect({ code, comments }).toMatchSnapshot();
  });

  it.each(CASES)('firstToken from every offset: %s', (_name, text) => {
    expect(Array.from({ length: text.length + 1 }, (_, from) => firstToken(text, from)).join(' ')).toMatchSnapshot();
  });
});
