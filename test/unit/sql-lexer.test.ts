import { describe, expect, it } from 'vitest';
import { BLANKING_RULES, type LexRules, readToken, STATEMENT_RULES, TOKEN_RULES, tokens } from '../../src/sql/lexer';

/** Tokens as `kind text`, spaces left out; an unclosed token is marked `(open)`, an escape string `(E)`. */
function lexed(text: string, rules: LexRules = STATEMENT_RULES): string[] {
  return [...tokens(text, rules)]
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind} ${text.slice(t.start, t.end)}${t.closed ? '' : ' (open)'}${t.escapes ? ' (E)' : ''}`);
}

const LONG_TAG = `$${'t'.repeat(70)}$`;

describe('the SQL lexer', () => {
  const CASES: [string, string, LexRules, string[]][] = [
    ['nested block comments', '/* a /* b */ c */x', STATEMENT_RULES, ['block-comment /* a /* b */ c */', 'word x']],
    ['an unterminated nested comment', '/* a /* b */ c', STATEMENT_RULES, ['block-comment /* a /* b */ c (open)']],
    ['a comment opened inside a closer', '/*/ x', STATEMENT_RULES, ['block-comment /*/ x (open)']],
    ['a line comment stops before the newline', '-- c;\nx', STATEMENT_RULES, ['line-comment -- c;', 'word x']],
    ['a $tag$ body containing $$', '$tag$ a $$ ; $tag$;', STATEMENT_RULES, ['dollar $tag$ a $$ ; $tag$', 'other ;']],
    ['an unterminated dollar-quoted body', '$$ open ;', STATEMENT_RULES, ['dollar $$ open ; (open)']],
    ["E'\\'' is one escape string after the word E", "E'\\'';", STATEMENT_RULES, ['word E', "string '\\'' (E)", 'other ;']],
    ["'' escapes", "'it''s';", STATEMENT_RULES, ["string 'it''s'", 'other ;']],
    ['an e that ends a word does not escape', "xe'\\';", STATEMENT_RULES, ['word xe', "string '\\'", 'other ;']],
    ['quoted names with quotes', '"a""b".c', STATEMENT_RULES, ['quoted-name "a""b"', 'other .', 'word c']],
    ['an unterminated string', "x 'open", STATEMENT_RULES, ['word x', "string 'open (open)"]],
    ['an unterminated E string ending in a backslash', "E'ab\\", STATEMENT_RULES, ['word E', "string 'ab\\ (open) (E)"]],
    ['an unterminated quoted name', '"open', STATEMENT_RULES, ['quoted-name "open (open)']],
    ['$ inside a word', 'a$$b$$', STATEMENT_RULES, ['word a$$b$$']],
    // Where the rules differ: PostgreSQL reads 1$$x$$ as a number and a body; statement splitting never did.
    ['$$ after a digit, loose', '1$$x$$', STATEMENT_RULES, ['other 1', 'other $', 'other $', 'word x$$']],
    ['$$ after a digit, as PostgreSQL', '1$$x$$', TOKEN_RULES, ['number 1', 'dollar $$x$$']],
    ['a letter beyond ASCII before $$', 'é$$x$$', STATEMENT_RULES, ['word é$$x$$']],
    ['a letter beyond ASCII before $$, ASCII words', 'é$$x$$', BLANKING_RULES, ['other é', 'dollar $$x$$']],
    ['a long dollar tag, statement rules', `${LONG_TAG}x${LONG_TAG}`, STATEMENT_RULES, [`dollar ${LONG_TAG}x${LONG_TAG}`]],
    ['a long dollar tag, token rules', `${LONG_TAG};`, TOKEN_RULES, ['other $', `word ${LONG_TAG.slice(1)}`, 'other ;']],
    [
      'numbers, casts, parameters and operators',
      'x::numeric(1.5e3, .5) <> $1+--c\n2 := y',
      TOKEN_RULES,
      [
        'word x',
        'operator ::',
        'word numeric',
        'other (',
        'number 1.5e3',
        'other ,',
        'number .5',
        'other )',
        'operator <>',
        'parameter $1',
        'operator +',
        'line-comment --c',
        'number 2',
        'operator :=',
        'word y',
      ],
    ],
    ['the same without numbers', '1.5e3 <>', STATEMENT_RULES, ['other 1', 'other .', 'other 5', 'word e3', 'other <', 'other >']],
  ];

  it('reads every case of the table', () => expect(CASES.length).toBe(22));

  it.each(CASES)('%s', (_name, text, rules, expected) => {
    expect(lexed(text, rules)).toEqual(expected);
  });

  it('covers the text end to end with non-empty tokens, under every rule set', () => {
    const texts = CASES.map(([, text]) => text).concat(["\\e'\\''$1$$/*", '🙂 é \uFEFF\u3000', '']);
    for (const rules of [STATEMENT_RULES, TOKEN_RULES, BLANKING_RULES]) {
      for (const text of texts) {
        let at = 0;
        for (const t of tokens(text, rules)) {
          expect([t.start, t.end > t.start]).toEqual([at, true]);
          at = t.end;
        }
        expect(at).toBe(text.length);
      }
    }
  });

  it('resumes at any offset, reading what comes before a quote from the text', () => {
    // After a psql meta-command \e (read by the statement splitter, not the lexer), the quote still opens an E string.
    expect(readToken("\\e'\\''", 2)).toEqual({ kind: 'string', start: 2, end: 6, closed: true, escapes: true });
    // A $ after a word character opens nothing under loose rules.
    expect(readToken('a$$b$$', 1).kind).toBe('other');
  });
});
