import type { Finding } from '../findings';

/** A one-click change on lines of a file the pull request touches: GitHub's ```suggestion block in a review comment. */
export interface Suggestion {
  /** Stable across runs (check, version, file): a re-run finds the comment again by it. */
  key: string;
  /** Repository-relative, forward slashes, as the pull request's files name it. */
  path: string;
  /** First and last line of the file the suggestion replaces (1-based; the same for one line). */
  startLine: number;
  line: number;
  /** The lines that replace them. */
  lines: string[];
  check: string;
  summary: string;
}

/**
 * The verified fixes that replace lines of an existing file, as suggestions: the changed block between the lines the
 * file and the fix have in common at its start and end. A block that only adds lines is anchored on the line before it
 * (or after it, at the top of the file), which the suggestion repeats. A fix that creates a file is no suggestion
 * (the sticky comment shows it whole); a file that is empty now has no line to comment on.
 */
export function suggestionsOf(
  findings: readonly Finding[],
  relative: (file: string) => string,
  read: (file: string) => string | undefined,
): Suggestion[] {
  // A fix that also creates a file (a migration of its own) cannot be committed in one click: the comment shows it.
  const oneClick = (f: Finding) => (f.fix?.files ?? []).every((file) => read(file.path) !== undefined);
  const all = findings.filter(oneClick).flatMap((f) =>
    (f.fix?.files ?? []).flatMap((file) => {
      const now = read(file.path);
      const block = now === undefined ? undefined : changedBlock(linesOf(now), linesOf(file.content));
      if (!block) return [];
      const path = relative(file.path);
      return [{ key: `${f.check}:${f.version ?? ''}:${path}`, path, ...block, check: f.check, summary: f.fix?.summary ?? '' }];
    }),
  );
  // Two findings of one cause (down-incomplete and reup-mismatch) carry the same fix: one comment for it.
  const seen = new Set<string>();
  return all.filter((s) => {
    const same = JSON.stringify([s.path, s.startLine, s.line, s.lines]);
    if (seen.has(same)) return false;
    seen.add(same);
    return true;
  });
}

function linesOf(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function changedBlock(a: string[], b: string[]): Pick<Suggestion, 'startLine' | 'line' | 'lines'> | undefined {
  if (!a.length) return undefined;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const removed = a.length - prefix - suffix;
  const added = b.slice(prefix, b.length - suffix);
  if (removed > 0) return { startLine: prefix + 1, line: prefix + removed, lines: added };
  if (!added.length) return undefined;
  // Only lines added: the suggestion replaces a neighbouring line with itself and the new lines.
  if (prefix > 0) return { startLine: prefix, line: prefix, lines: [a[prefix - 1], ...added] };
  return { startLine: 1, line: 1, lines: [...added, a[0]] };
}

/** The review comment's text: the hidden marker, what the fix does, and the suggestion block (a fence longer than any in it). */
export function suggestionBody(marker: string, s: Suggestion): string {
  const longest = Math.max(2, ...s.lines.map((l) => /`+/.exec(l)?.[0].length ?? 0));
  const fence = '`'.repeat(longest + 1);
  return [marker, `**migration-guard** · \`${s.check}\` · verified fix: ${s.summary}`, '', `${fence}suggestion`, ...s.lines, fence].join('\n');
}
