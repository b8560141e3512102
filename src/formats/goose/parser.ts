import type { Direction, TextRange } from '../format';
import { readAnnotation } from './annotations';
import { goQuote, goTrimSpace, goWords, isGoSpace, scanLines, utf8Length, type ScannedLine } from './go-text';

/**
 * A port of goose's ParseSQLMigration (internal/sqlparser/parser.go), one direction at a time as goose
 * runs it, kept statement for statement so that every quirk survives: comments before a statement are
 * dropped, comments inside one are kept, a statement ends on a line whose last word before any `--`
 * ends with `;`, StatementBegin/End blocks end only at StatementEnd. Instead of the statement text
 * goose would build, each statement is returned as the range of the original file it came from.
 * What can differ from goose's text: lines goose leaves out inside a statement (an annotation such as
 * `-- +goose NO TRANSACTION` between two lines of one statement) stay in the range as the SQL comments
 * they are; a `\r` before a line break stays; and lines under `-- +goose ENVSUB ON` are not
 * substituted (goose substitutes environment variables of the machine that deploys, unknown here).
 */

// goose's parserState numbers, which its error messages print.
const START = 0;
const UP = 1;
const BEGIN_UP = 2;
const END_UP = 3;
const DOWN = 4;
const BEGIN_DOWN = 5;
const END_DOWN = 6;

/** bufio.Scanner's buffer in goose: a longer line fails the whole file. */
const SCAN_BUF_SIZE = 4 * 1024 * 1024;
const SEE = 'see https://github.com/pressly/goose#sql-migrations';

export type ParseResult = { ok: true; statements: TextRange[]; useTx: boolean } | { ok: false; line: number; reason: string };

/** goose's endsWithSemicolon: the last word before a word starting with `--` ends with `;`. */
export function endsWithSemicolon(line: string): boolean {
  let previous = '';
  for (const word of goWords(line)) {
    if (word.startsWith('--')) break;
    previous = word;
  }
  return previous.endsWith(';');
}

/** The lines goose has buffered for the statement under way. */
class StatementBuffer {
  private lines: ScannedLine[] = [];

  get empty(): boolean {
    return this.lines.length === 0;
  }

  add(line: ScannedLine): void {
    this.lines.push(line);
  }

  reset(): void {
    this.lines = [];
  }

  /** strings.TrimSpace(buf.String()), the text goose sends or quotes. */
  trimmedText(): string {
    return goTrimSpace(this.lines.map((line) => `${line.text}\n`).join(''));
  }

  /** The last buffered line holding more than white space (where a semicolon is missing). */
  lastContentLine(): number | undefined {
    return [...this.lines].reverse().find((line) => goTrimSpace(line.text) !== '')?.number;
  }

  /** The trimmed statement as a range of the original text; empty at `fallback` when goose stores an empty statement. */
  range(fallback: number): TextRange {
    const content = this.lines.filter((line) => goTrimSpace(line.text) !== '');
    const first = content.at(0);
    const last = content.at(-1);
    if (first === undefined || last === undefined) return { start: fallback, end: fallback };
    let start = first.start;
    while (start < first.end && isGoSpace(first.text[start - first.start] ?? '')) start += 1;
    let end = last.end;
    while (end > last.start && isGoSpace(last.text[end - last.start - 1] ?? '')) end -= 1;
    return { start, end };
  }
}

export function parseDirection(text: string, direction: Direction): ParseResult {
  const statements: TextRange[] = [];
  const buffer = new StatementBuffer();
  let state = START;
  let useTx = true;
  let beginLine = 1;
  const fail = (line: number, reason: string): ParseResult => ({ ok: false, line, reason });
  const missingSemicolon = (fallback: number): ParseResult => {
    const query = goQuote(buffer.trimmedText());
    const reason = `failed to parse migration: state ${state}, direction: ${direction}: unexpected unfinished SQL query: ${query}: missing semicolon?`;
    return fail(buffer.lastContentLine() ?? fallback, reason);
  };

  for (const line of scanLines(text)) {
    if (utf8Length(text.slice(line.start, line.stop)) >= SCAN_BUF_SIZE) {
      return fail(line.number, 'failed to scan migration: bufio.Scanner: token too long');
    }
    if (state === START && goTrimSpace(line.text) === '') continue;

    const found = readAnnotation(line.text);
    if (found.kind === 'error') return fail(line.number, found.reason);
    if (found.kind === 'annotation') {
      switch (found.annotation) {
        case 'Up':
          if (state !== START) return fail(line.number, `duplicate '-- +goose Up' annotations; stateMachine=${state}, ${SEE}`);
          state = UP;
          continue;
        case 'Down':
          if (state !== UP && state !== END_UP) return fail(line.number, `must start with '-- +goose Up' annotation, stateMachine=${state}, ${SEE}`);
          if (buffer.trimmedText() !== '') return missingSemicolon(line.number);
          state = DOWN;
          continue;
        case 'StatementBegin':
          if (state === UP || state === END_UP) state = BEGIN_UP;
          else if (state === DOWN || state === END_DOWN) state = BEGIN_DOWN;
          else {
            const expected = "'-- +goose StatementBegin' must be defined after '-- +goose Up' or '-- +goose Down' annotation";
            return fail(line.number, `${expected}, stateMachine=${state}, ${SEE}`);
          }
          beginLine = line.number;
          continue;
        case 'StatementEnd':
          // No `continue` in goose either: the line goes on through the checks below and ends the block.
          if (state === BEGIN_UP) state = END_UP;
          else if (state === BEGIN_DOWN) state = END_DOWN;
          else return fail(line.number, `'-- +goose StatementEnd' must be defined after '-- +goose StatementBegin', ${SEE}`);
          break;
        case 'NO TRANSACTION':
          useTx = false;
          continue;
        case 'ENVSUB ON':
        case 'ENVSUB OFF':
          continue;
      }
    }

    // Comments and empty lines before a statement are dropped; once a statement started, every line is kept.
    if (buffer.empty && (goTrimSpace(line.text).startsWith('--') || line.text === '')) continue;
    if (state !== END_UP && state !== END_DOWN) buffer.add(line);

    if (state === UP || state === BEGIN_UP || state === END_UP) {
      if (direction === 'down') {
        buffer.reset();
        continue;
      }
    } else if (state === DOWN || state === BEGIN_DOWN || state === END_DOWN) {
      if (direction === 'up') {
        buffer.reset();
        continue;
      }
    } else {
      return fail(line.number, `failed to parse migration: unexpected state ${state} on line ${goQuote(line.text)}, ${SEE}`);
    }

    if (state === UP || state === DOWN) {
      if (endsWithSemicolon(line.text)) {
        statements.push(buffer.range(line.start));
        buffer.reset();
      }
    } else if (state === END_UP || state === END_DOWN) {
      // An empty block leaves this state to the next SQL line, which goose then drops and stores "" instead.
      statements.push(buffer.range(line.start));
      buffer.reset();
      state = state === END_UP ? UP : DOWN;
    }
  }

  if (state === START) return fail(1, `failed to parse migration: must start with '-- +goose Up' annotation, ${SEE}`);
  if (state === BEGIN_UP || state === BEGIN_DOWN) return fail(beginLine, "failed to parse migration: missing '-- +goose StatementEnd' annotation");
  if (buffer.trimmedText() !== '') return missingSemicolon(1);
  return { ok: true, statements, useTx };
}
