import type { Finding } from '../findings';
import type { MigrationSet } from '../formats/migration-set';
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
const DIRECTIVE = /--\s*migration-guard:ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+(.*?))?\s*$/;

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

export function readDirectives(text: string): FileDirectives {
  const lines = text.split('\n');
  const at = (line: number): Directive | undefined => {
    const text = lines[line - 1] ?? '';
    const m = DIRECTIVE.exec(text);
    if (m) return { checks: m[1].split(',').map((c) => c.trim()), reason: m[2] || undefined, line, comment: commentOf(text) };
    const foreign = foreignDirective(text);
    if (!foreign) return undefined;
    return {
      checks: foreign.checks,
      reason: foreign.reason,
      line,
      comment: commentOf(text),
      anywhereMeansFile: foreign.reach === 'file',
      neverFile: foreign.reach === 'statement' && !foreign.headerMeansFile,
    };
  };
  // `--` lines, and one-line `/* */` comments (Atlas's and Squawk's directives may be written so).
  const isComment = (line: number) => /^\s*(--|\/\*.*\*\/\s*$)/.test(lines[line - 1] ?? '');
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
function commentOf(line: string): string {
  const keyword = /migration-guard:ignore|atlas:nolint|squawk-ignore/.exec(line)?.index ?? 0;
  const start = Math.max(line.lastIndexOf('--', keyword), line.lastIndexOf('/*', keyword), 0);
  return line.slice(start).trim();
}

/** Splits findings into those kept and those an ignore comment silences. */
export function applyIgnoreComments(findings: Finding[], set: MigrationSet): { kept: Finding[]; ignored: IgnoredFinding[] } {
  const texts = new Map(set.files.map((f) => [f.path, f.text]));
  const cache = new Map<string, FileDirectives>();
  const kept: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const f of findings) {
    const text = f.file ? texts.get(f.file) : undefined;
    if (text === undefined || !(text.includes('migration-guard:ignore') || mayHoldForeignDirective(text))) {
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
