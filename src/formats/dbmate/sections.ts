import type { ParsedName, SectionPlan, SectionsResult, TextRange } from '../format';
import { lineOfOffset } from '../../sql/text';

/**
 * How dbmate 2.36 splits a file (pkg/dbmate/migration.go, `parseMigrationContents`), checked against
 * the binary. The Go regexps are RE2: `\s` is ASCII `[\t\n\f\r ]`, `(?m)^` matches at the start and
 * after `\n` only, `(?m)$` at the end and before `\n` only; the lookarounds below say the same in JS.
 *   upRegExp   = `(?m)^--\s*migrate:up(\s*$|\s+\S+)`
 *   downRegExp = `(?m)^--\s*migrate:down(\s*$|\s+\S+)`
 * So the marker is case-sensitive, starts in column 1, takes any spacing after `--` (a line break
 * too: `--` alone on a line followed by `migrate:up` is a marker), and is followed by the end of
 * the line or by options. `-- migrate:upx` and `-- migrate:down-x` are not markers.
 */
const SPACE = '[\\t\\n\\f\\r ]';
const NOT_SPACE = '[^\\t\\n\\f\\r ]';
const LINE_START = '(?<![^\\n])';
const LINE_END = '(?![^\\n])';
const marker = (direction: 'up' | 'down') =>
  new RegExp(`${LINE_START}--${SPACE}*migrate:${direction}(?:${SPACE}*${LINE_END}|${SPACE}+${NOT_SPACE}+)`, 'g');
const UP = marker('up');
const DOWN = marker('down');

/** dbmate's own error texts (pkg/dbmate/migration.go). */
export const MISSING_UP = "dbmate requires each migration to define an up block with '-- migrate:up'";
export const MISSING_DOWN = "dbmate requires each migration to define a down block with '-- migrate:down'";
export const DOWN_WITHOUT_UP = "dbmate requires every '-- migrate:down' to be preceded by a '-- migrate:up'";
export const STATEMENT_BEFORE_UP = "dbmate does not support statements preceding the '-- migrate:up' block";

/** Start offsets of every match of `re` in `text` (Go's FindAllStringIndex: leftmost, non-overlapping). */
function starts(re: RegExp, text: string): number[] {
  return [...text.matchAll(re)].map((m) => m.index);
}

/** Whether the text holds an up marker dbmate would see: what makes a `.sql` file a dbmate file. */
export function hasUpMarker(text: string): boolean {
  return starts(UP, text).length > 0;
}

/**
 * dbmate 2.36 parses, in this order: no up marker; a line before the first up marker that is
 * neither blank nor a `--` comment; a section (from one up marker to the next) with two down
 * markers; a section with no down marker. The first failure is the error, before anything runs.
 */
export function dbmateSections(text: string, name: ParsedName): SectionsResult {
  const ups = starts(UP, text);
  const first = ups.at(0);
  if (first === undefined) return { ok: false, line: 1, reason: MISSING_UP };

  // statementsPrecedeMigrateBlocks: split on "\n"; `^\s*$` and `^\s*--` lines are allowed.
  const before = text.slice(0, first).split('\n');
  const stray = before.findIndex((line) => !/^[\t\n\f\r ]*$/.test(line) && !/^[\t\n\f\r ]*--/.test(line));
  if (stray >= 0) return { ok: false, line: stray + 1, reason: STATEMENT_BEFORE_UP };

  // Each up marker opens a section that runs to the next up marker (or the end of the file).
  const pieces = ups.map((start, i) => ({ start, end: ups[i + 1] ?? text.length }));
  // The down markers are searched in the section's own text, as dbmate does (`^` then also matches at its start).
  const downs = pieces.map((p) => starts(DOWN, text.slice(p.start, p.end)).map((d) => p.start + d));
  const doubled = downs.find((d) => d.length > 1);
  if (doubled) return { ok: false, line: lineOfOffset(text, doubled[1]), reason: DOWN_WITHOUT_UP };
  const missing = downs.findIndex((d) => d.length === 0);
  if (missing >= 0) return { ok: false, line: lineOfOffset(text, ups[missing]), reason: MISSING_DOWN };

  if (pieces.length > 1) {
    // dbmate 2.36 runs each up section in a transaction of its own and inserts the version after
    // each: the first commits, the second fails on the version table's primary key. Every
    // `dbmate up` fails there, so the file is refused here instead of running only its first pair.
    return {
      ok: false,
      line: lineOfOffset(text, ups[1]),
      reason:
        `it has ${pieces.length} '-- migrate:up' sections: dbmate runs each in a transaction of its own and records version ${name.versionText}` +
        ' after each, so the first commits and the second fails with a duplicate key in the version table; keep one up and one down section per file',
    };
  }

  const piece = pieces[0];
  const down = downs[0][0];
  return { ok: true, sections: [section('up', text, { start: piece.start, end: down }), section('down', text, { start: down, end: piece.end })] };
}

/**
 * A section is sent verbatim: from its marker (the marker line included, it is a comment) to the next
 * marker, untrimmed, as one `Exec`; in a transaction unless the marker line says `transaction:false`.
 */
function section(direction: 'up' | 'down', text: string, body: TextRange): SectionPlan {
  const wrapped = markerOptions(text.slice(body.start, body.end)).get('transaction') !== 'false';
  return { direction, body, execution: { units: [body], transaction: wrapped ? 'wrapped' : 'none' } };
}

/**
 * parseMigrationOptions: the block's first line, without its leading `--\s*migrate:(up|down)`,
 * trimmed (Go's strings.TrimSpace), split on `\s+`; every `key:value` token with exactly one
 * colon is an option, the last of a key wins. Values are compared as written: `transaction:False`
 * leaves the transaction on.
 */
export function markerOptions(block: string): Map<string, string> {
  const options = new Map<string, string>();
  const line = goTrimSpace(block.split('\n', 1)[0].replace(/^--[\t\n\f\r ]*migrate:(up|down)/, ''));
  if (line === '') return options;
  for (const token of line.split(/[\t\n\f\r ]+/)) {
    const pair = token.split(':');
    if (pair.length === 2) options.set(pair[0], pair[1]);
  }
  return options;
}

/** Go's unicode.IsSpace set (White_Space): unlike JS trim(), U+0085 counts and U+FEFF does not. */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

function goTrimSpace(s: string): string {
  return s.replace(GO_TRIM, '');
}
