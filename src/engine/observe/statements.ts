import { bodyText, type MigrationFile } from '../../formats/migration-set';
import { isSpaceOrComment, readToken } from '../../sql/lexer';
import { parseStatements } from '../../sql/pg-parser';
import { lineIndex, statementsOf } from '../../sql/text';

export interface SectionStatement {
  /** Code-unit offsets into the file's text: first token to the end of the statement. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** Comments removed, whitespace folded. */
  text: string;
  /** The statement as written, from its first token (what the analysis pass sends). */
  sql: string;
  /** The parse node; absent when the parser is not loaded or the section does not parse (the server then says why). */
  node?: Record<string, unknown>;
}

/**
 * The statements of a section, with their lines in the file. Boundaries come
 * from PostgreSQL's grammar (libpg_query); when it is unavailable or the text
 * does not parse, from the lexer in sql/text.ts.
 */
export function sectionStatements(file: MigrationFile): SectionStatement[] {
  const body = bodyText(file);
  const offset = file.body.start;
  const lexed = statementsOf(body);
  const parsed = parseStatements(body); // undefined for a huge section (see MAX_PARSED_CHARS): the lexer decides
  // Lines by binary search and the lexed statement by a cursor that only moves forward: linear in the section's size.
  const lineOf = lineIndex(file.text);
  if (!parsed?.ok) return lexed.map((s) => at(file, lineOf, offset + s.start, offset + s.end, s.text));
  let k = 0;
  return parsed.statements.map((p) => {
    const start = offset + firstToken(body, p.start);
    const end = offset + p.end;
    while (k < lexed.length && lexed[k].end <= start - offset) k++;
    const l = lexed.at(k);
    const text =
      l && l.start <= start - offset
        ? l.text
        : body
            .slice(start - offset, p.end)
            .replace(/\s+/g, ' ')
            .trim();
    return { ...at(file, lineOf, start, end, text), node: p.node };
  });
}

function at(file: MigrationFile, lineOf: (offset: number) => number, start: number, end: number, text: string): SectionStatement {
  const lineStart = file.text.lastIndexOf('\n', start - 1) + 1;
  return { start, end, line: lineOf(start), column: codePoints(file.text.slice(lineStart, start)) + 1, text, sql: file.text.slice(start, end) };
}

/** libpg_query's statement location includes the whitespace and comments before it: skip them to reach the first token. */
export function firstToken(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const token = readToken(text, i);
    if (!isSpaceOrComment(token)) break;
    i = token.end;
  }
  return i;
}

/** Columns count characters (code points), as PostgreSQL's positions do. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}
