/**
 * Just enough SQL lexing to talk about a file the way a person reads it:
 * where each statement starts, which words it begins with, and which line a
 * server-reported character position falls on. Nothing here rewrites SQL:
 * files are always sent to PostgreSQL byte for byte, as golang-migrate does.
 */
import { isSpaceOrComment, readToken, STATEMENT_RULES } from './lexer';

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

/** A statement being read: where it starts (-1 before its first token), its pieces of text, its words. */
interface Draft {
  start: number;
  pieces: string[];
  words: string[];
  /** BEGIN/CASE ... END nesting inside a SQL-standard routine body, where a ; does not end the statement. */
  blockDepth: number;
}

const newDraft = (): Draft => ({ start: -1, pieces: [], words: [], blockDepth: 0 });

/**
 * Splits a file into statements on top-level semicolons, skipping string
 * literals, quoted identifiers, dollar-quoted bodies, comments and the
 * BEGIN ... END of SQL-standard function bodies (as psql does).
 */
export function splitStatements(text: string): Statement[] {
  const statements: Statement[] = [];
  const lineOf = forwardLines(text);
  let draft = newDraft();
  for (let i = 0; i < text.length;) {
    const token = readToken(text, i, STATEMENT_RULES);
    i = token.end;
    let piece = text.slice(token.start, token.end);
    if (isSpaceOrComment(token)) {
      draft.pieces.push(token.kind === 'space' ? piece : ' ');
      continue;
    }
    if (piece === ';') {
      draft.pieces.push(piece);
      if (draft.blockDepth > 0) continue;
      if (draft.start >= 0) statements.push(finished(draft, token.end, lineOf));
      draft = newDraft();
      continue;
    }
    if (draft.start < 0) draft.start = token.start;
    if (token.kind === 'word') addWord(draft, piece.toUpperCase());
    else if (piece === '\\' && draft.words.length === 0) {
      // psql meta-commands (\connect, \i) are words to the server too, but start with a backslash.
      while (i < text.length && /[A-Za-z!?]/.test(text[i])) i++;
      piece = text.slice(token.start, i);
      draft.words.push(piece);
    }
    draft.pieces.push(piece);
  }
  if (draft.start >= 0) statements.push(finished(draft, text.length, lineOf));
  return statements;
}

function finished(draft: Draft, end: number, lineOf: (offset: number) => number): Statement {
  const text = draft.pieces.join('').replace(/\s+/g, ' ').trim();
  return { start: draft.start, end, line: lineOf(draft.start), text, words: draft.words.slice(0, 8) };
}

/** Keeps the first eight words, and inside CREATE FUNCTION/PROCEDURE counts BEGIN and CASE against END. */
function addWord(draft: Draft, word: string): void {
  const { words } = draft;
  if (words.length < 8) words.push(word);
  const routine =
    words[0] === 'CREATE' &&
    (words[1] === 'FUNCTION' ||
      words[1] === 'PROCEDURE' ||
      (words[1] === 'OR' && words[2] === 'REPLACE' && (words[3] === 'FUNCTION' || words[3] === 'PROCEDURE')));
  if (!routine) return;
  if (word === 'BEGIN' || word === 'CASE') draft.blockDepth++;
  else if (word === 'END' && draft.blockDepth > 0) draft.blockDepth--;
}

/** Lines of offsets asked in increasing order: one pass over the text in all. */
function forwardLines(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    for (let k = text.indexOf('\n', counted); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
}

const recent: { text: string; statements: Statement[] }[] = [];

/** The statements of one section of a file (its body: a goose file holds up and down in one text), in order. */
export function statementsOfSection(section: { text: string; body: { start: number; end: number } }): Statement[] {
  return statementsOf(section.text).filter((s) => s.start >= section.body.start && s.start < section.body.end);
}

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

/** Statements PostgreSQL refuses inside a transaction block (SQLSTATE 25001), by their leading words. */
export const NO_TRANSACTION_BLOCK =
  /\bCONCURRENTLY\b|^(VACUUM|CREATE DATABASE|DROP DATABASE|CREATE TABLESPACE|DROP TABLESPACE|ALTER SYSTEM|REINDEX (SYSTEM|DATABASE)|CREATE SUBSCRIPTION|DROP SUBSCRIPTION|ALTER SUBSCRIPTION)\b/i;
