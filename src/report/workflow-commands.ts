import type { Finding, Severity } from '../findings';
import { docsUrl } from './docs-link';
import { cut, showBidi } from './escape';
import { relativePath } from './paths';

// Escaping as in @actions/core's command.ts: data escapes % CR LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows at most this many annotations of each level per step and silently drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** `::error file=...,line=...,col=...,title=check-id::message` for one finding; `note` is appended (e.g. "and 20 more"). */
export function annotationCommand(f: Finding, root: string, note?: string): string {
  const props: [string, string | number | undefined][] = [
    ['file', relativePath(f.file, root)],
    ['line', f.line],
    ['endLine', f.endLine],
    ['col', f.column],
    ['title', f.check],
  ];
  const properties = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  // Data is escaped below; long server messages (which may carry file contents a migration read) are cut; bidirectional
  // controls are shown as escapes. The file property stays as it is: GitHub needs the real path to place the annotation.
  const body = [f.message && cut(f.message), f.hint && cut(f.hint), `Docs: ${docsUrl(f.check)}`, note].filter(Boolean).join('\n');
  return `::${f.severity}${properties ? ` ${properties}` : ''}::${escapeData(showBidi(body))}`;
}

export interface AnnotationOptions {
  /** Annotations of each level this step has already shown (our own log warnings count too). */
  alreadyShown?: Partial<Record<Severity, number>>;
  /** Where every finding can be read, for the note on the last annotation: "the job summary". */
  seeAll: string;
}

/**
 * The findings GitHub will actually show: per level, the first ones in the
 * findings' order (errors first, then by migration), the last of them saying
 * how many were left out and where to read them.
 */
export function annotationCommands(findings: Finding[], root: string, options: AnnotationOptions): string[] {
  const lines: string[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const all = findings.filter((f) => f.severity === level);
    const room = Math.max(0, ANNOTATIONS_PER_LEVEL - (options.alreadyShown?.[level] ?? 0));
    if (all.length <= room) {
      lines.push(...all.map((f) => annotationCommand(f, root)));
      continue;
    }
    if (room === 0) continue;
    const note = `… and ${all.length - room} more ${level} finding(s) not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step): ${options.seeAll} lists all ${findings.length} findings.`;
    // The last one shown (room >= 1 here) carries the note.
    lines.push(...all.slice(0, room).map((f, i) => annotationCommand(f, root, i === room - 1 ? note : undefined)));
  }
  return lines;
}
