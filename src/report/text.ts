import type { MigrationTrace } from '../engine/trace';
import type { Finding, Severity } from '../findings';
import { describeBase } from '../git/compare';
import type { Outcome } from '../outcome';
import { docsUrl } from './docs-link';
import { cut, logLine } from './escape';
import { sqlExcerpt } from './excerpt';
import { groupFindings } from './groups';
import { relativePath } from './paths';
import { migrationName, stepRecord } from './step-labels';

/** One line per migration, printed as soon as it has been checked; a file name cannot break it into two (or into a workflow command). */
export function progressLine(trace: MigrationTrace, index: number, total: number): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const r = stepRecord(trace);
  return `${counter} ${logLine(cut(migrationName(trace), 200))}  up: ${r.up}  down: ${r.down}  up again: ${r.reup}  schema: ${r.schema}`;
}

/** How the CLI dresses the text: `quiet` keeps only findings and the verdict; the painters add colour on a terminal. */
export interface TextStyle {
  quiet?: boolean;
  /** false when the caller says the infrastructure error on stderr itself, so that a terminal shows it once. */
  infrastructureError?: boolean;
  severity?: (severity: Severity, text: string) => string;
  verdict?: (passed: boolean, text: string) => string;
}

/**
 * The findings by file, files with errors first (as in the PR comment): under each file's path, `line:column  severity
 * check  message`, the SQL it points at and what to do; a warning repeated across many files on one line; the docs
 * page of each check once; then a one-line verdict. Every text from outside is kept on its own line.
 */
export function formatText(outcome: Outcome, root: string, style: TextStyle = {}): string {
  const { groups, repeated } = groupFindings(outcome.findings, outcome.set);
  const lines: string[] = [];
  const paint = (f: Finding) => (style.severity ? style.severity(f.severity, f.severity) : f.severity);
  for (const group of groups) {
    lines.push(logLine(relativePath(group.file, root) ?? '(directory)'));
    const places = group.findings.map((f) => [f.line, f.column].filter((x) => x !== undefined).join(':'));
    const width = Math.max(...places.map((p) => p.length));
    for (const [i, f] of group.findings.entries()) {
      const where = width ? `${places[i].padEnd(width)}  ` : '';
      lines.push(`  ${where}${paint(f)}  ${f.check}  ${line(f.message)}`);
      if (!style.quiet) lines.push(...excerptLines(f, outcome.set));
      lines.push(...adviceLines(f));
    }
    lines.push('');
  }
  for (const r of repeated) {
    const files = r.findings.map((f) => `${relativePath(f.file, root)?.split('/').pop() ?? ''}${f.line ? `:${f.line}` : ''}`);
    const shown =
      files.slice(0, REPEATED_MAX_FILES).join(', ') + (files.length > REPEATED_MAX_FILES ? `, … and ${files.length - REPEATED_MAX_FILES} more` : '');
    lines.push(
      `${paint(r.findings[0])}  ${r.check} in ${r.files} files: ${line(shown)}`,
      `    ${line(`${relativePath(r.findings[0].file, root)?.split('/').pop() ?? ''}: ${r.findings[0].message}`)}`,
      ...adviceLines(r.findings[0]),
      '',
    );
  }
  if (outcome.ignored?.length && !style.quiet) {
    lines.push(`silenced by comments: ${outcome.ignored.length}`);
    for (const f of outcome.ignored) {
      const where = `${relativePath(f.file, root) ?? '(directory)'}${f.line ? `:${f.line}` : ''}`;
      lines.push(`  ${f.check}  ${logLine(where)}  ${f.by ? line(`by ${f.by.comment} (line ${f.by.line})`) : 'by an ignore comment'}`);
    }
    lines.push('');
  }
  const checks = [...new Set(outcome.findings.map((f) => f.check))];
  if (checks.length && !style.quiet) {
    const width = Math.max(...checks.map((c) => c.length));
    lines.push('docs:', ...checks.map((c) => `  ${c.padEnd(width)}  ${docsUrl(c)}`), '');
  }
  const count = (s: string) => outcome.findings.filter((f) => f.severity === s).length;
  const tally = `${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`;
  if (outcome.infrastructureError && !style.quiet && style.infrastructureError !== false)
    lines.push(`migration-guard: ${line(outcome.infrastructureError)}`);
  if (outcome.base && !style.quiet) lines.push(`compared with ${line(describeBase(outcome.base))}`);
  if (outcome.deployed && !style.quiet) {
    const pending = outcome.pending?.length ? outcome.pending.join(' ') : 'none';
    lines.push(
      `target ${line(outcome.deployed.where)}: version ${outcome.deployed.version ?? 'none'}${outcome.deployed.dirty ? ' (dirty)' : ''}; a deploy would apply: ${pending}`,
    );
  }
  const verdict = `${outcome.verdict === 'passed' ? 'passed' : 'failed'}: ${tally} in ${outcome.set.migrations.length} migration(s)`;
  lines.push(style.verdict ? style.verdict(outcome.verdict === 'passed', verdict) : verdict);
  return lines.join('\n') + '\n';
}

/** Files of a repeated check named before "and N more". */
const REPEATED_MAX_FILES = 8;

/** `    12 | ALTER TABLE ...`: the lines a finding points at, numbered as in the file. */
function excerptLines(f: Finding, set: Outcome['set']): string[] {
  const excerpt = sqlExcerpt(f, set);
  if (!excerpt) return [];
  const width = String(excerpt.first + excerpt.lines.length - 1).length;
  const shown = excerpt.lines.map((l, i) => `    ${String(excerpt.first + i).padStart(width)} | ${logLine(l)}`);
  return excerpt.more ? [...shown, `    ${' '.repeat(width)} | … ${excerpt.more} more line(s)`] : shown;
}

/** What to do: a verified fix (applied by `migration-guard fix`), else the check's advice. */
function adviceLines(f: Finding): string[] {
  if (f.fix) return [`    verified fix: ${line(f.fix.summary)}`, '    `migration-guard fix` applies it; `--dry-run` shows the change first.'];
  return f.hint ? [`    how to fix: ${line(f.hint)}`] : [];
}

const line = (text: string) => logLine(cut(text));
