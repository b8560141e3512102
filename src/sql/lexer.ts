/**
 * The one SQL lexer: where each token of a text starts and ends, and what kind it is. It knows PostgreSQL's
 * quoting — strings with '' doubling, E'' strings with backslash escapes, "quoted names", $tag$ dollar-quoted
 * bodies, -- comments and nested block comments — so the code that splits statements (sql/text.ts), compares
 * definitions (catalog/sql-tokens.ts), blanks quoted regions (formats/rendered.ts) and finds a statement's first
 * token (engine/observe/statements.ts) agrees on what is quoted.
 *
 * Nothing is dropped: the tokens cover the text end to end, and an unterminated quote or comment is one last
 * token that runs to the end of the text with `closed: false` (PostgreSQL would reject it; each caller decides
 * what that means for it). Offsets are UTF-16 code units, like JavaScript's string indexes.
 */

export type TokenKind =
  | 'space'
  | 'line-comment' // from -- up to, not including, the newline
  | 'block-comment' // /* ... */, nested as PostgreSQL nests them
  | 'string' // '...' (an E before it is the word token just before; see `escapes`)
  | 'quoted-name' // "..."
  | 'dollar' // $tag$ ... $tag$, delimiters included
  | 'word' // a keyword or an unquoted name
  | 'number' // only with `numbers` rules
  | 'parameter' // $1, only with `numbers` rules
  | 'operator' // a run of operator characters, :: or :=, only with `numbers` rules
  | 'other'; // any other single character (with loose rules: digits, operator characters, a lone $)

export interface Token {
  kind: TokenKind;
  /** Offsets into the text: the first character, and just past the last. */
  start: number;
  end: number;
  /** False for a string, quoted name, dollar-quoted body or block comment that the text ends inside. */
  closed: boolean;
  /** A string right after a lone E (E'...'): a backslash escapes the next character, so E'\'' is one string. */
  escapes: boolean;
}

/**
 * The scanners this lexer replaced disagreed in corners no migration reaches, and each kept its own answer so the
 * move changed no output. Their answers are these rules; the presets below name who uses which.
 */
export interface LexRules {
  /**
   * PostgreSQL's numbers (1.5e3, 1_000), parameters ($1) and operators (multi-character runs, ::, :=) as tokens,
   * after which a $ may open a dollar quote (`1$$x$$` is a number and a body, as on the server). Without them
   * every other character is a token of its own, and a $ right after a word character (digits and $ included)
   * never opens a quote: `1$$x$$` is 1, $, $ and the word x$$.
   */
  numbers: boolean;
  /** Only ASCII letters, digits, _ and $ make words; otherwise every character from U+0080 up is a letter, as on the server. */
  asciiWords: boolean;
  /** The longest dollar-quote delimiter ($tag$, both dollars counted) recognised as one. */
  longestTag: number;
}

/** Statement splitting (sql/text.ts), and the default: loose, with long tags. */
export const STATEMENT_RULES: LexRules = { numbers: false, asciiWords: false, longestTag: 256 };
/** Token comparison of catalog definitions (catalog/sql-tokens.ts): PostgreSQL's own numbers, parameters and operators. */
export const TOKEN_RULES: LexRules = { numbers: true, asciiWords: false, longestTag: 64 };
/** Blanking quoted regions before looking for signs of templates and other dialects (formats/rendered.ts). */
export const BLANKING_RULES: LexRules = { numbers: false, asciiWords: true, longestTag: 64 };

const SPACE = /\s+/y;
const WORD = /[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_$\u0080-\uFFFF]*/y;
const ASCII_WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uFFFF]/;
const ASCII_WORD_CHAR = /[A-Za-z0-9_$]/;
/** A tag is a name without $: $$ or $body$. */
const DOLLAR_DELIMITER = /\$(?:[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?\$/y;
const NUMBER = /^(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?/;
const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?';
const DIGIT = /[0-9]/;

/** The tokens of `text` from offset `from`, in order. */
export function* tokens(text: string, rules: LexRules = STATEMENT_RULES, from = 0): Generator<Token> {
  for (let i = from; i < text.length;) {
    const token = readToken(text, i, rules);
    yield token;
    i = token.end;
  }
}

/** True for what PostgreSQL skips between tokens: whitespace and comments. */
export function isSpaceOrComment(token: Token): boolean {
  return token.kind === 'space' || token.kind === 'line-comment' || token.kind === 'block-comment';
}

/**
 * The token that starts at `at` (which must be inside the text). A caller may resume at any offset, not only
 * where the previous token ended: what precedes a ' or a $ is read from the text itself.
 */
export function readToken(text: string, at: number, rules: LexRules = STATEMENT_RULES): Token {
  const c = text[at];
  const next = text[at + 1];
  const space = sticky(SPACE, text, at);
  if (space) return token('space', at, space);
  if (c === '-' && next === '-') {
    const newline = text.indexOf('\n', at);
    return token('line-comment', at, newline < 0 ? text.length : newline);
  }
  if (c === '/' && next === '*') return blockComment(text, at);
  if (c === "'") return quoted(text, at, 'string', escapeString(text, at, rules));
  if (c === '"') return quoted(text, at, 'quoted-name', false);
  if (c === '$' && (rules.numbers || !isWordChar(text[at - 1], rules))) {
    const body = dollarQuoted(text, at, rules);
    if (body) return body;
  }
  const word = sticky(rules.asciiWords ? ASCII_WORD : WORD, text, at);
  if (word) return token('word', at, word);
  return (rules.numbers && numberOrOperator(text, at)) || token('other', at, at + 1);
}

function token(kind: TokenKind, start: number, end: number, closed = true, escapes = false): Token {
  return { kind, start, end, closed, escapes };
}

/** End of the match of a sticky regex at `at`, or 0 when it does not match there. */
function sticky(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : 0;
}

function isWordChar(c: string | undefined, rules: LexRules): boolean {
  return c !== undefined && (rules.asciiWords ? ASCII_WORD_CHAR : WORD_CHAR).test(c);
}

/** A quote right after an E that starts a word (E'...', not xe'...') opens an escape string. */
function escapeString(text: string, quote: number, rules: LexRules): boolean {
  const e = text[quote - 1];
  return (e === 'E' || e === 'e') && !isWordChar(text[quote - 2], rules);
}

/** Block comments nest in PostgreSQL: each opener inside needs a closer of its own. */
function blockComment(text: string, at: number): Token {
  let depth = 1;
  let i = at + 2;
  while (i < text.length && depth > 0) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
    } else i++;
  }
  return token('block-comment', at, i, depth === 0);
}

/** A string or quoted name: the quote doubled stands for itself; in an escape string, a backslash takes the next character. */
function quoted(text: string, at: number, kind: 'string' | 'quoted-name', escapes: boolean): Token {
  const quote = text[at];
  let i = at + 1;
  while (i < text.length) {
    if (escapes && text[i] === '\\') i += 2;
    else if (text[i] !== quote) i++;
    else if (text[i + 1] === quote) i += 2;
    else return token(kind, at, i + 1, true, escapes);
  }
  return token(kind, at, text.length, false, escapes);
}

/** $tag$ ... $tag$: nothing inside is special, not even $$ or a different tag. Undefined when no delimiter starts here. */
function dollarQuoted(text: string, at: number, rules: LexRules): Token | undefined {
  DOLLAR_DELIMITER.lastIndex = at;
  const delimiter = DOLLAR_DELIMITER.exec(text)?.[0];
  if (delimiter === undefined || delimiter.length > rules.longestTag) return undefined;
  const close = text.indexOf(delimiter, at + delimiter.length);
  return close < 0 ? token('dollar', at, text.length, false) : token('dollar', at, close + delimiter.length);
}

/** With `numbers` rules: a number, an operator, :: or :=, or a $1 parameter; undefined for anything else. */
function numberOrOperator(text: string, at: number): Token | undefined {
  const c = text[at];
  const next = text.charAt(at + 1); // '' past the end
  if (DIGIT.test(c) || (c === '.' && DIGIT.test(next))) {
    // Read from at most 256 characters, as catalog/sql-tokens.ts always did: a longer number is two tokens.
    const length = NUMBER.exec(text.slice(at, at + 256))?.[0].length ?? 1;
    return token('number', at, at + length);
  }
  if (OPERATOR_CHARS.includes(c)) {
    let i = at + 1;
    // An operator ends where a comment starts (PostgreSQL's own rule).
    while (i < text.length && OPERATOR_CHARS.includes(text[i]) && !text.startsWith('--', i) && !text.startsWith('/*', i)) i++;
    return token('operator', at, i);
  }
  if (c === ':' && (next === ':' || next === '=')) return token('operator', at, at + 2);
  if (c === '$' && DIGIT.test(next)) {
    let i = at + 1;
    while (i < text.length && DIGIT.test(text[i])) i++;
    return token('parameter', at, i);
  }
  return undefined;
}
