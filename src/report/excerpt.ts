import type { Finding } from '../findings';
import type { MigrationSet } from '../formats/migration-set';
import { cut } from './escape';

/** The lines of a file a finding points at (line..endLine), as a reviewer reads them beside it. */
export interface Excerpt {
  /** 1-based number of lines[0]. */
  first: number;
  lines: string[];
  /** Lines of the span left out after the last shown. */
  more: number;
}

/** At most this many lines of a statement are shown; a CREATE TABLE of 80 columns is read in the file. */
export const EXCERPT_MAX_LINES = 8;
/** A code block does not wrap: a longer line is cut so that it fits a desktop column (a phone scrolls it). */
export const EXCERPT_MAX_CHARS = 100;

/** The SQL a finding points at, capped; undefined when it has no line or the file's text is not at hand. */
export function sqlExcerpt(f: Finding, set: Pick<MigrationSet, 'files'>): Excerpt | undefined {
  if (!f.file || !f.line) return undefined;
  // A merged report's set holds no files (see merge.ts): then there is nothing to quote.
  const text = ((set.files as MigrationSet['files'] | undefined) ?? []).find((x) => x.path === f.file)?.text;
  if (text === undefined) return undefined;
  const all = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (f.line > all.length) return undefined;
  let last = Math.min(Math.max(f.endLine ?? f.line, f.line), all.length);
  // A finding on a file's first line that holds only a comment (the file as a whole): show the statement below it too.
  const comment = (l: string | undefined) => l !== undefined && (!l.trim() || /^\s*--/.test(l));
  if (f.endLine === undefined) while (last < all.length && last - f.line < EXCERPT_MAX_LINES && comment(all[last - 1])) last++;
  const span = all.slice(f.line - 1, last);
  // Trailing blank lines of a span say nothing.
  while (span.length > 1 && !span[span.length - 1].trim()) span.pop();
  if (!span.some((l) => l.trim())) return undefined;
  const shown = span.length > EXCERPT_MAX_LINES ? span.slice(0, EXCERPT_MAX_LINES - 1) : span;
  return {
    first: f.line,
    // Tabs as spaces so that the width is what a reader sees; control characters as visible escapes.
    lines: shown.map((l) => cut(visible(l.replace(/\t/g, '    ').trimEnd()), EXCERPT_MAX_CHARS)),
    more: span.length - shown.length,
  };
}

/** The excerpt's text, with a SQL comment for what was left out (it stays valid SQL to read). */
export function excerptText(e: Excerpt): string {
  return [...e.lines, ...(e.more ? [`-- … ${e.more} more line(s)`] : [])].join('\n');
}

/**
 * A fenced code block that `text` cannot close: its fence is longer than any backtick run inside (at least three),
 * and `indent` keeps it inside a list item. Inside it GitHub shows HTML and `@mentions` as text and notifies no one.
 */
export function codeBlock(text: string, language: string, indent = ''): string {
  // A file may hold `<!-- migration-guard:dir -->`, the marker by which another directory's run finds its comment:
  // shown as text in a code block, but still in the body the API returns. A zero-width space breaks it.
  text = text.replace(/<!--/g, '<!\u200B--');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, ...text.split('\n'), fence].map((l) => (l ? `${indent}${l}` : l)).join('\n');
}

// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const visible = (line: string) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
