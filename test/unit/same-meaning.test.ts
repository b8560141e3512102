import { beforeAll, describe, expect, it } from 'vitest';
import { sameMeaning } from '../../src/catalog/same-meaning';
import { sqlTokens } from '../../src/catalog/sql-tokens';
import { loadParser } from '../../src/sql/pg-parser';

beforeAll(async () => {
  expect(await loadParser()).toBe(true);
});

/** pg_get_functiondef's shape: a printed header, the body verbatim between $function$ quotes. */
const fn = (body: string, language = 'plpgsql') =>
  `CREATE OR REPLACE FUNCTION public.f(x integer)\n RETURNS integer\n LANGUAGE ${language}\nAS $function$${body}$function$\n`;

describe('function bodies compare equal up to layout and comments', () => {
  const body = '\nBEGIN\n  -- doubles\n  RETURN x * 2;\nEND\n';
  const same: [string, string][] = [
    ['re-indented', '\nBEGIN\n        RETURN x * 2;\nEND'],
    ['on one line', ' BEGIN RETURN x*2; END '],
    ['other comments', '\n/* a /* nested */ comment */ BEGIN\n  RETURN x * 2; -- twice\nEND\n'],
    ['windows line ends', '\r\nBEGIN\r\n  RETURN x * 2;\r\nEND\r\n'],
  ];
  it.each(same)('%s', (_name, other) => expect(sameMeaning('function', 'definition', fn(body), fn(other))).toBe(true));

  const changed: [string, string, string][] = [
    ['another constant', body, '\nBEGIN\n  RETURN x * 3;\nEND\n'],
    ['a string literal with other spaces', "BEGIN RAISE NOTICE 'a  b'; RETURN x; END", "BEGIN RAISE NOTICE 'a b'; RETURN x; END"],
    ['a comment marker inside a literal', "BEGIN RAISE NOTICE '-- x'; RETURN x; END", "BEGIN RAISE NOTICE '--'; RETURN x; END"],
    ['a nested dollar-quoted string', 'BEGIN EXECUTE $q$SELECT  1$q$; RETURN x; END', 'BEGIN EXECUTE $q$SELECT 1$q$; RETURN x; END'],
    ['two words joined into one', 'BEGIN RETURN x; END', 'BEGIN RETURNx; END'],
    ['a quoted identifier', 'BEGIN RETURN "a b"; END', 'BEGIN RETURN "a  b"; END'],
    ['an escaped string', "BEGIN RAISE NOTICE E'a\\' b'; RETURN x; END", "BEGIN RAISE NOTICE E'a\\'  b'; RETURN x; END"],
  ];
  it.each(changed)('but not when %s', (_name, a, b) => expect(sameMeaning('function', 'definition', fn(a), fn(b))).toBe(false));

  it('compares SQL bodies the same way', () => {
    expect(sameMeaning('function', 'definition', fn(' SELECT x  +  1 ', 'sql'), fn('\n  SELECT x + 1;\n'.replace(';', ''), 'sql'))).toBe(true);
    expect(sameMeaning('function', 'definition', fn(' SELECT x + 1 ', 'sql'), fn(' SELECT x - 1 ', 'sql'))).toBe(false);
  });

  it('keeps the layout of other languages (indentation is code in PL/Python)', () => {
    expect(
      sameMeaning(
        'function',
        'definition',
        fn('\nif x:\n  return 1\nreturn 2\n', 'plpython3u'),
        fn('\nif x:\n  return 1\n  return 2\n', 'plpython3u'),
      ),
    ).toBe(false);
  });

  it('compares the header too: another volatility is another function', () => {
    expect(
      sameMeaning('function', 'definition', fn('BEGIN RETURN x; END'), fn('BEGIN RETURN x; END').replace('plpgsql', 'plpgsql\n IMMUTABLE')),
    ).toBe(false);
  });

  it('falls back to text for a body the lexer cannot close', () => {
    expect(sqlTokens("SELECT 'unterminated")).toBeUndefined();
    expect(sameMeaning('function', 'definition', fn("BEGIN RETURN 'x; END"), fn("BEGIN  RETURN 'x; END"))).toBe(false);
  });
});

describe('expressions compare equal up to parentheses and AND/OR grouping', () => {
  const same: [string, string, string, string][] = [
    ['constraint', 'definition', 'CHECK (((a > 0) AND ((b > 0) AND (c > 0))))', 'CHECK (((a > 0) AND (b > 0) AND (c > 0)))'],
    ['constraint', 'definition', 'CHECK (((a > 0) OR (b > 0)) OR (c > 0))', 'CHECK ((a > 0) OR (b > 0) OR (c > 0))'],
    [
      'constraint',
      'definition',
      'CHECK ((x IS NULL) OR ((y > 0) AND ((z > 0) AND (w > 0)))) NOT VALID',
      'CHECK ((x IS NULL) OR ((y > 0) AND (z > 0) AND (w > 0))) NOT VALID',
    ],
    [
      'index',
      'definition',
      'CREATE INDEX i ON public.t USING btree (a) WHERE ((a > 0) AND ((b > 0) AND (c > 0)))',
      'CREATE INDEX i ON public.t USING btree (a) WHERE ((a > 0) AND (b > 0) AND (c > 0))',
    ],
    ['column', 'default', '((1 + 2))', '(1 + 2)'],
    ['column', 'generated', '((a > 0) AND ((b > 0) AND (c > 0))) stored', '((a > 0) AND (b > 0) AND (c > 0)) stored'],
    ['policy', 'using', '((owner = CURRENT_USER) AND ((NOT hidden) AND ok))', '((owner = CURRENT_USER) AND (NOT hidden) AND ok)'],
  ];
  it.each(same)('%s %s', (kind, property, a, b) => expect(sameMeaning(kind, property, a, b)).toBe(true));

  const changed: [string, string, string, string, string][] = [
    ['AND became OR', 'constraint', 'definition', 'CHECK (((a > 0) AND ((b > 0) AND (c > 0))))', 'CHECK (((a > 0) AND ((b > 0) OR (c > 0))))'],
    ['regrouped across AND and OR', 'constraint', 'definition', 'CHECK (((a AND b) OR c))', 'CHECK ((a AND (b OR c)))'],
    ['another constant', 'constraint', 'definition', 'CHECK ((a > 0))', 'CHECK ((a > 1))'],
    ['operands swapped', 'constraint', 'definition', 'CHECK (((a > 0) AND (b > 0)))', 'CHECK (((b > 0) AND (a > 0)))'],
    ['NOT moved', 'constraint', 'definition', 'CHECK ((NOT (a AND b)))', 'CHECK (((NOT a) AND b))'],
    ['NOT VALID dropped', 'constraint', 'definition', 'CHECK ((a > 0)) NOT VALID', 'CHECK ((a > 0))'],
    [
      'index predicate changed',
      'index',
      'definition',
      'CREATE INDEX i ON public.t USING btree (a) WHERE (a > 0)',
      'CREATE INDEX i ON public.t USING btree (a) WHERE (a >= 0)',
    ],
    ['arithmetic regrouped', 'column', 'default', '((a - b) - c)', '(a - (b - c))'],
    ['stored became virtual', 'column', 'generated', '(a + 1) stored', '(a + 1) virtual'],
  ];
  it.each(changed)('but not when %s', (_name, kind, property, a, b) => expect(sameMeaning(kind, property, a, b)).toBe(false));

  it('compares properties without a parse rule as text', () => {
    expect(sameMeaning('table', 'partition bound', 'FOR VALUES IN ((1))', 'FOR VALUES IN (1)')).toBe(false);
  });

  it('falls back to text when a side does not parse', () => {
    expect(sameMeaning('constraint', 'definition', 'CHECK ((a > 0) AND', 'CHECK ((a > 0) AND')).toBe(true);
    expect(sameMeaning('constraint', 'definition', 'CHECK ((a > 0) AND', 'CHECK (a > 0) AND')).toBe(false);
  });
});
