import type { IgnoredFinding } from '../check-support/ignore-comments';
import type { Finding, Severity } from '../findings';
import type { MigrationSet } from '../formats/migration-set';
import { docsUrl } from './docs-link';
import { markdownCode, markdownMessage, markdownText, markdownUrl } from './escape';
import { codeBlock, excerptText, sqlExcerpt } from './excerpt';
import { createdFiles, type FileGroup, replacedFiles, type RepeatedCheck } from './groups';
import { relativePath } from './paths';

export const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** How findings are placed on GitHub: paths relative to `root`, a link to a file and line where there is one. */
export interface Places {
  root: string;
  set: Pick<MigrationSet, 'files' | 'dir'>;
  fileLink?: (relativePath: string, line?: number) => string;
}

/** A created file is shown whole up to this many lines; a longer one is read in the fix (`migration-guard fix`). */
const CREATED_MAX_LINES = 40;

/**
 * The comment is about one directory (its first lines name it): a file's name inside it is enough to read, and short
 * enough for a phone to wrap around; a file elsewhere keeps its path from the repository's root.
 */
function shortName(rootRelative: string, absolute: string | undefined, places: Places): string {
  const inDir = relativePath(absolute, places.set.dir);
  return inDir && !inDir.startsWith('/') && !inDir.startsWith('..') ? inDir : rootRelative;
}

const checkLink = (check: string) => `[\`${check}\`](${docsUrl(check)})`;
const linesLabel = (f: Finding) => (f.endLine && f.endLine > (f.line ?? 0) ? `lines ${f.line ?? ''}–${f.endLine}` : `line ${f.line ?? ''}`);

/** A file's heading: its worst severity and its path, linked to the file at the PR's head. */
export function groupHeading(group: FileGroup, places: Places): string {
  const file = relativePath(group.file, places.root);
  if (!file) return `#### ${ICON[group.worst]} The directory as a whole`;
  const name = markdownCode(shortName(file, group.file, places));
  return `#### ${ICON[group.worst]} ${places.fileLink ? `[${name}](${markdownUrl(places.fileLink(file))})` : name}`;
}

/**
 * One finding under its file's heading: icon, check (its docs), line (linked), message; then the SQL it points at and
 * what to do, both in sight: a reviewer acts on what is not folded.
 */
export function findingItem(f: Finding, places: Places): string {
  const file = relativePath(f.file, places.root);
  const where =
    !file || !f.line ? '' : places.fileLink ? ` · [${linesLabel(f)}](${markdownUrl(places.fileLink(file, f.line))})` : ` · ${linesLabel(f)}`;
  const out = [`- ${ICON[f.severity]} ${checkLink(f.check)}${where}: ${markdownMessage(f.message)}`];
  const excerpt = sqlExcerpt(f, places.set);
  // Blank lines and a two-space indent keep the code block and the paragraphs inside the list item.
  if (excerpt) out.push('', codeBlock(excerptText(excerpt), 'sql', '  '));
  if (f.fix) out.push('', ...fixLines(f, places));
  else if (f.hint) out.push('', `  **How to fix:** ${markdownMessage(f.hint)}`);
  return out.join('\n');
}

/** A verified fix: what it does; a file it adds, whole; a file it edits, where the change is offered. */
function fixLines(f: Finding, places: Places): string[] {
  const fix = f.fix;
  if (!fix) return [];
  const out = [`  **Verified fix:** ${markdownMessage(fix.summary)}`];
  for (const created of createdFiles(f, places.set)) {
    const lines = created.content.replace(/\n$/, '').split('\n');
    const shown =
      lines.length > CREATED_MAX_LINES
        ? [...lines.slice(0, CREATED_MAX_LINES - 1), `-- … ${lines.length - CREATED_MAX_LINES + 1} more line(s)`]
        : lines;
    out.push(
      '',
      `  New file ${markdownCode(shortName(relativePath(created.path, places.root) ?? created.path, created.path, places))}:`,
      '',
      codeBlock(shown.join('\n'), 'sql', '  '),
    );
  }
  const replaced = replacedFiles(f, places.set).map((x) => markdownCode(shortName(relativePath(x.path, places.root) ?? x.path, x.path, places)));
  if (replaced.length)
    out.push('', `  Changes ${replaced.join(', ')}: the review comment on the line suggests the change, or run \`migration-guard fix\` to apply it.`);
  return out;
}

/** Shown files of a repeated check before "and N more". */
const REPEATED_MAX_FILES = 8;

/** "⚠️ `missing-lock-timeout` in 7 files: a.sql:2, b.sql:4, … and 2 more", then the first one's advice once. */
export function repeatedItem(r: RepeatedCheck, places: Places): string {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const f of r.findings) {
    const file = relativePath(f.file, places.root) ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const name = file.split('/').pop() ?? file;
    const label = markdownCode(`${name}${f.line ? `:${f.line}` : ''}`);
    labels.push(places.fileLink ? `[${label}](${markdownUrl(places.fileLink(file, f.line))})` : label);
  }
  const shown = labels.slice(0, REPEATED_MAX_FILES);
  const more = labels.length > shown.length ? `, … and ${labels.length - shown.length} more` : '';
  const out = [`- ${ICON[r.severity]} ${checkLink(r.check)} in ${r.files} files: ${shown.join(', ')}${more}`];
  // The messages differ by table; the first says what the check means, the advice is the same for each.
  const first = r.findings[0];
  out.push('', `  ${markdownCode(relativePath(first.file, places.root)?.split('/').pop() ?? '')}: ${markdownMessage(first.message)}`);
  const hint = r.findings[0].hint;
  if (hint) out.push('', `  **How to fix:** ${markdownMessage(hint)}`);
  if (r.findings.some((f) => f.fix))
    out.push(
      '',
      `  **Verified fix** for ${r.findings.filter((f) => f.fix).length} of them: see the review comments, or run \`migration-guard fix\`.`,
    );
  return out.join('\n');
}

/** Which comment silenced a finding, by the tool whose syntax it is (ours, Atlas's or Squawk's). */
export function commentKind(f: IgnoredFinding): string {
  const c = f.by?.comment ?? '';
  if (c.includes('atlas:nolint')) return '`atlas:nolint`';
  if (c.includes('squawk-ignore')) return '`squawk-ignore`';
  return c.includes('migration-guard:ignore') ? '`-- migration-guard:ignore`' : 'ignore';
}

/** "3 findings silenced by comments (2 `-- migration-guard:ignore`, 1 `squawk-ignore`)": the kinds actually used. */
export function ignoredSummary(ignored: IgnoredFinding[]): string {
  const kinds = new Map<string, number>();
  for (const f of ignored) kinds.set(commentKind(f), (kinds.get(commentKind(f)) ?? 0) + 1);
  const list = [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${n} ${kind}`);
  return `${ignored.length} finding(s) silenced by comments (${list.join(', ')})`;
}

/** One silenced finding: what it was, where, the comment (with its line) that silenced it and the reason given. */
export function ignoredItem(f: IgnoredFinding, root: string): string {
  const file = relativePath(f.file, root);
  const place = file ? ` at ${markdownCode(`${file}${f.line ? `:${f.line}` : ''}`)}` : '';
  const ours = commentKind(f) === '`-- migration-guard:ignore`';
  // Our comment's reason is its words after the ids: said apart, so that an empty one shows.
  const comment = f.by && ours && f.reason && f.by.comment.endsWith(f.reason) ? f.by.comment.slice(0, -f.reason.length).trim() : f.by?.comment;
  const by = f.by && comment ? ` on line ${f.by.line} by ${markdownCode(comment, 200)}` : ' by an ignore comment';
  const reason = ours ? (f.reason ? `: ${markdownText(f.reason, 300)}` : ' (no reason given)') : '';
  return `- ${ICON[f.severity]} \`${f.check}\`${place}, silenced${by}${reason}`;
}
