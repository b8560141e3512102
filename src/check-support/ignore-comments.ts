import type { Finding } from '../findings';
import type { MigrationSet } from '../formats/migration-set';
import { tokens } from '../sql/lexer';
import { lineIndex, statementsOf } from '../sql/text';
import { foreignDirective, mayHoldForeignDirective } from './other-linters';

/**
 * `-- migration-guard:ignore <check-id>[, <check-id>...] [reason]`
 * - on a statement's line, or in the comment lines right above it (no blank line between): that statement;
 * - in the file's leading comment block, separated from the first statement by a blank line: the whole file.
 * Ignored findings are not dropped silently: the outcome counts them and the reports say how many.
 * Atlas's `atlas:nolint` and Squawk's `squawk-ignore` / `squawk-ignore-file` count too, with their own reach and
 * mapped to our checks (other-linters.ts).
 */
// The marker in any case; the ids after it must be spelled exactly (unknown-ignore names the ones that are not).
const MARKER = /--\s*migration-guard:ignore(?![\w-])(.*)$/is;
const IDS_THEN_REASON = /^([^\s,]+(?:\s*,\s*[^\s,]+)*)(?:\s+(.*?))?\s*$/s;

/** Our own directive in one comment (`-- ...` as the lexer delimits it): the ids as written, or undefined. */
export function ownDirective(comment: string): { checks: string[]; reason?: string } | undefined {
  const marker = MARKER.exec(comment);
  if (!marker) return undefined;
  const rest = marker[1].trim();
  const m = IDS_THEN_REASON.exec(rest);
  if (!m) return { checks: [] };
  return { checks: m[1].split(',').map((c) => c.trim()), reason: m[2] || undefined };
}

export interface IgnoredFinding extends Finding {
  /** The words after the check ids, when given. */
  reason?: string;
  /** The comment that silenced it, as written, and its line in the finding's file: the summary names it for an audit. */
  by?: { line: number; comment: string };
}

interface Directive {
  checks: string[];
  reason?: string;
  /** Where the comment stands (1-based) and its text as written, trimmed. */
  line: number;
  comment: string;
  /** Squawk's `squawk-ignore-file`: the whole file, wherever the comment stands. */
  anywhereMeansFile?: boolean;
  /** Squawk's `squawk-ignore` is never a file directive, even at the top of the file. */
  neverFile?: boolean;
}

interface FileDirectives {
  wholeFile: Directive[];
  /** Statement line ranges with the directives that apply to each. */
  statements: { from: number; to: number; directives: Directive[] }[];
}

/**
 * The comments of a file as PostgreSQL reads them (the one lexer, sql/lexer.ts): a marker inside a string literal or a
 * dollar-quoted body is data, not a comment, and is never honoured. `byLine`: the comments starting on each line;
 * `commentOnly`: the lines that hold comments and nothing else (a string or body spanning a line counts as something).
 */
export function commentsOf(text: string): { byLine: Map<number, string[]>; commentOnly: (line: number) => boolean } {
  const lineOf = lineIndex(text);
  const byLine = new Map<number, string[]>();
  const comment = new Set<number>();
  const code = new Set<number>();
  for (const t of tokens(text)) {
    if (t.kind === 'space') continue;
    const from = lineOf(t.start);
    const to = lineOf(Math.max(t.start, t.end - 1));
    const isComment = t.kind === 'line-comment' || t.kind === 'block-comment';
    if (isComment) byLine.set(from, [...(byLine.get(from) ?? []), text.slice(t.start, t.end)]);
    for (let l = from; l <= to; l++) (isComment ? comment : code).add(l);
  }
  return { byLine, commentOnly: (line) => comment.has(line) && !code.has(line) };
}

/** Every `-- migration-guard:ignore` comment of a file, with its line and its ids as written (for unknown-ignore). */
export function ignoreMarkers(text: string): { line: number; checks: string[] }[] {
  if (!/migration-guard:ignore/i.test(text)) return [];
  return [...commentsOf(text).byLine].flatMap(([line, comments]) =>
    comments.flatMap((c) => {
      const d = ownDirective(c);
      return d ? [{ line, checks: d.checks }] : [];
    }),
  );
}

export function readDirectives(text: string): FileDirectives {
  const { byLine, commentOnly } = commentsOf(text);
  const lines = text.split('\n');
  const at = (line: number): Directive | undefined => {
    for (const comment of byLine.get(line) ?? []) {
      const own = ownDirective(comment);
      if (own) return { ...own, line, comment: comment.trim() };
      const foreign = foreignDirective(comment);
      if (!foreign) continue;
      return {
        checks: foreign.checks,
        reason: foreign.reason,
        line,
        comment: comment.trim(),
        anywhereMeansFile: foreign.reach === 'file',
        neverFile: foreign.reach === 'statement' && !foreign.headerMeansFile,
      };
    }
    return undefined;
  };
  const isComment = commentOnly;
  const lineOf = lineIndex(text); // one index for every statement: linear in the file's size
  const statements = statementsOf(text).map((s) => {
    const to = lineOf(Math.max(s.start, s.end - 1));
    const directives: Directive[] = [];
    for (let l = s.line; l <= to; l++) {
      const d = at(l);
      if (d) directives.push(d);
    }
    for (let l = s.line - 1; l >= 1 && isComment(l); l--) {
      const d = at(l);
      if (d) directives.push(d);
    }
    return { from: s.line, to, directives };
  });
  const firstLine = statements[0]?.from ?? lines.length + 1;
  let attached = firstLine - 1;
  while (attached >= 1 && isComment(attached)) attached--;
  const wholeFile: Directive[] = [];
  for (let l = 1; l <= lines.length; l++) {
    const d = at(l);
    if (d && (d.anywhereMeansFile || (l <= attached && !d.neverFile))) wholeFile.push(d);
  }
  return { wholeFile, statements };
}

/** The comment part of a line (`DROP TABLE b; -- squawk-ignore ban-drop-table` -> the comment), trimmed. */
/** Splits findings into those kept and those an ignore comment silences. */
export function applyIgnoreComments(findings: Finding[], set: MigrationSet): { kept: Finding[]; ignored: IgnoredFinding[] } {
  const texts = new Map(set.files.map((f) => [f.path, f.text]));
  const cache = new Map<string, FileDirectives>();
  const kept: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const f of findings) {
    const text = f.file ? texts.get(f.file) : undefined;
    if (text === undefined || !(/migration-guard:ignore/i.test(text) || mayHoldForeignDirective(text))) {
      kept.push(f);
      continue;
    }
    const file = f.file as string;
    const directives = cache.get(file) ?? readDirectives(text);
    cache.set(file, directives);
    const statement =
      f.line === undefined ? undefined : directives.statements.find((s) => s.from <= (f.line as number) && (f.line as number) <= s.to);
    const match = [...directives.wholeFile, ...(statement?.directives ?? [])].find((d) => d.checks.includes(f.check));
    if (match) ignored.push({ ...f, reason: match.reason, by: { line: match.line, comment: match.comment } });
    else kept.push(f);
  }
  return { kept, ignored };
}
