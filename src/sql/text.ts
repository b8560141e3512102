/**
 * Just enough SQL lexing to talk about a file the way a person reads it:
 * where each statement starts, which words it begins with, and which line a
 * server-reported character position falls on. Nothing here rewrites SQL:
 * files are always sent to PostgreSQL byte for byte, as golang-migrate does.
 */

export interface Statement {
  /** Code-unit offsets into the file text: the first token, and just past the terminating `;` (or end of text). */
  start: number;
  end: number;
  /** 1-based line of the statement's first token. */
  line: number;
  /** The statement's text without comments, whitespace folded. */
  text: string;
  /** Upper-cased leading words, e.g. ['CREATE', 'INDEX', 'CONCURRENTLY']. */
  words: string[];
}

/** Go's unicode.IsSpace, which golang-migrate's strings.TrimSpace uses; unlike JS \s it does not include U+FEFF. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$/;

/** golang-migrate skips a file whose body is whitespace only (it never reaches the server). */
export function isBlank(text: string): boolean {
  return GO_SPACE.test(text);
}

/** True when a file sends nothing but comments, whitespace and semicolons to the server. */
export function hasNoStatements(text: string): boolean {
  return splitStatements(text).length === 0;
}

/**
 * Line and column of PostgreSQL's error `position`: 1-based and counted in
 * characters (code points), not bytes or UTF-16 units. A CR LF pair ends one
 * line; the CR still counts as a character, as it does on the server.
 */
export function positionToLineColumn(text: string, position: number): { line: number; column: number } | undefined {
  if (!Number.isInteger(position) || position < 1) return undefined;
  let line = 1;
  let column = 0;
  let count = 0;
  for (const ch of text) {
    count++;
    if (count === position) return { line, column: column + 1 };
    if (ch === '\n') {
      line++;
      column = 0;
    } else if (ch !== '\r') {
      column++;
    }
  }
  // Syntax errors at end of input point one past the last character.
  if (position === count + 1) return { line, column: column + 1 };
  return undefined;
}

/** 1-based line of a code-unit offset (one scan: for many offsets in one text use lineIndex). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Line lookups for many offsets of one text: the line starts are found once, each lookup is a binary search. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const IDENT_START = /[A-Za-z_\u0080-\uFFFF]/;
const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uFFFF]/;

/**
 * Splits a file into statements on top-level semicolons, skipping string
 * literals, quoted identifiers, dollar-quoted bodies, comments and the
 * BEGIN ... END of SQL-standard function bodies (as psql does).
 */
export function splitStatements(text: string): Statement[] {
  const statements: Statement[] = [];
  let start = -1;
  let pieces: string[] = [];
  let words: string[] = [];
  let blockDepth = 0;
  let i = 0;
  const n = text.length;
  // Statements come in order, so their lines are counted as the scan goes: one pass over the text in all.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let k = text.indexOf('\n', counted); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };

  const begin = (at: number) => {
    if (start < 0) start = at;
  };
  const finish = (end: number) => {
    if (start >= 0) {
      statements.push({
        start,
        end,
        line: lineAt(start),
        text: pieces.join('').replace(/\s+/g, ' ').trim(),
        words: words.slice(0, 8),
      });
    }
    start = -1;
    pieces = [];
    words = [];
    blockDepth = 0;
  };
  const isRoutine = () =>
    words[0] === 'CREATE' &&
    (words[1] === 'FUNCTION' ||
      words[1] === 'PROCEDURE' ||
      (words[1] === 'OR' && words[2] === 'REPLACE' && (words[3] === 'FUNCTION' || words[3] === 'PROCEDURE')));

  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '-' && next === '-') {
      while (i < n && text[i] !== '\n') i++;
      pieces.push(' ');
      continue;
    }
    if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      pieces.push(' ');
      continue;
    }
    if (c === ';' && blockDepth === 0) {
      pieces.push(';');
      finish(i + 1);
      i++;
      continue;
    }
    if (/\s/.test(c) || c === ';') {
      pieces.push(c);
      i++;
      continue;
    }
    begin(i);
    if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(text[i - 1]) && (i < 2 || !IDENT_CHAR.test(text[i - 2]));
      const from = i;
      i++;
      while (i < n) {
        if (escapes && text[i] === '\\') {
          i += 2;
          continue;
        }
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
      pieces.push(text.slice(from, i));
      continue;
    }
    if (c === '"') {
      const from = i;
      i++;
      while (i < n && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
      pieces.push(text.slice(from, i));
      continue;
    }
    if (c === '$' && (i === 0 || !IDENT_CHAR.test(text[i - 1]))) {
      const tag = /^\$([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?\$/.exec(text.slice(i, i + 256));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        const to = close < 0 ? n : close + tag[0].length;
        pieces.push(text.slice(i, to));
        i = to;
        continue;
      }
    }
    if (IDENT_START.test(c)) {
      const from = i;
      while (i < n && IDENT_CHAR.test(text[i])) i++;
      const word = text.slice(from, i);
      const upper = word.toUpperCase();
      if (words.length < 8) words.push(upper);
      if (isRoutine()) {
        if (upper === 'BEGIN' || upper === 'CASE') blockDepth++;
        else if (upper === 'END' && blockDepth > 0) blockDepth--;
      }
      pieces.push(word);
      continue;
    }
    // psql meta-commands (\connect, \i) are words to the server too, but start with a backslash.
    if (c === '\\' && words.length === 0) {
      const from = i;
      i++;
      while (i < n && /[A-Za-z!?]/.test(text[i])) i++;
      words.push(text.slice(from, i));
      pieces.push(text.slice(from, i));
      continue;
    }
    pieces.push(c);
    i++;
  }
  finish(n);
  return statements;
}

const recent: { text: string; statements: Statement[] }[] = [];

/** splitStatements, remembered for the last few texts: checks ask about the same file once per difference or finding. */
export function statementsOf(text: string): Statement[] {
  const hit = recent.find((r) => r.text === text);
  if (hit) return hit.statements;
  const statements = splitStatements(text);
  recent.unshift({ text, statements });
  recent.length = Math.min(recent.length, 4);
  return statements;
}

/** Statements that open or close a transaction themselves (golang-migrate then does not wrap the file). */
export function managesOwnTransaction(statements: Statement[]): boolean {
  return statements.some((s) => {
    const [a, b] = s.words;
    return a === 'BEGIN' || a === 'COMMIT' || a === 'END' || a === 'ROLLBACK' || (a === 'START' && b === 'TRANSACTION');
  });
}

/**
 * Statements that change the session for every later file in golang-migrate's
 * single connection: SET search_path, SET ROLE, SET SESSION AUTHORIZATION,
 * any session-level SET or RESET (not SET LOCAL, which ends with the transaction).
 */
export function sessionSettings(statements: Statement[]): Statement[] {
  return statements.filter(
    ({ words }) => (words[0] === 'SET' || words[0] === 'RESET') && !['LOCAL', 'TRANSACTION', 'CONSTRAINTS', 'CONSTRAINT'].includes(words.at(1) ?? ''),
  );
}
