import type { MigrationTrace } from '../engine/trace';
import { describeBase } from '../git/compare';
import type { Outcome } from '../main';
import { cut, logLine } from './escape';
import { relativePath } from './paths';
import { migrationName, schemaLabel, stepLabel } from './step-labels';

/** One line per migration, printed as soon as it has been checked; a file name cannot break it into two (or into a workflow command). */
export function progressLine(trace: MigrationTrace, index: number, total: number): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  return `${counter} ${logLine(cut(migrationName(trace), 200))}  up: ${stepLabel(trace.up)}  down: ${stepLabel(trace.down)}  up again: ${stepLabel(trace.reup)}  schema: ${schemaLabel(trace)}`;
}

/** `file:line:column  severity  check  message`, then a one-line verdict; every text from outside is kept on its own line. */
export function formatText(outcome: Outcome, root: string): string {
  const lines = outcome.findings.map((f) => {
    const where = [relativePath(f.file, root) ?? '(directory)', f.line, f.column].filter((x) => x !== undefined).join(':');
    return `${logLine(where)}  ${f.severity}  ${f.check}  ${line(f.message)}${f.hint ? `\n    hint: ${line(f.hint)}` : ''}`;
  });
  const count = (s: string) => outcome.findings.filter((f) => f.severity === s).length;
  const tally = `${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`;
  if (outcome.infrastructureError) lines.push(`migration-guard: ${line(outcome.infrastructureError)}`);
  if (outcome.base) lines.push(`compared with ${line(describeBase(outcome.base))}`);
  if (outcome.deployed) {
    const pending = outcome.pending?.length ? outcome.pending.join(' ') : 'none';
    lines.push(`target ${line(outcome.deployed.where)}: version ${outcome.deployed.version ?? 'none'}${outcome.deployed.dirty ? ' (dirty)' : ''}; a deploy would apply: ${pending}`);
  }
  lines.push(`${outcome.verdict === 'passed' ? 'passed' : 'failed'}: ${tally} in ${outcome.set.migrations.length} migration(s)`);
  return lines.join('\n') + '\n';
}

const line = (text: string) => logLine(cut(text));
