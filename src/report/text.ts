import type { MigrationTrace } from '../engine/trace';
import type { Severity } from '../findings';
import { describeBase } from '../git/compare';
import type { Outcome } from '../outcome';
import { cut, logLine } from './escape';
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

/** `file:line:column  severity  check  message`, then a one-line verdict; every text from outside is kept on its own line. */
export function formatText(outcome: Outcome, root: string, style: TextStyle = {}): string {
  const lines = outcome.findings.map((f) => {
    const where = [relativePath(f.file, root) ?? '(directory)', f.line, f.column].filter((x) => x !== undefined).join(':');
    const severity = style.severity ? style.severity(f.severity, f.severity) : f.severity;
    return `${logLine(where)}  ${severity}  ${f.check}  ${line(f.message)}${f.hint ? `\n    hint: ${line(f.hint)}` : ''}`;
  });
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

const line = (text: string) => logLine(cut(text));
