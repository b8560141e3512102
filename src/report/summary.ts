import type { Outcome } from '../main';
import { relativePath } from './paths';
import { formatMs, migrationName, schemaLabel, stepLabel } from './step-labels';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The job summary in Markdown: verdict first, then every finding, then every migration. */
export function renderSummary(outcome: Outcome, root: string): string {
  const out: string[] = [];
  const errors = outcome.findings.filter((f) => f.severity === 'error').length;
  const warnings = outcome.findings.filter((f) => f.severity === 'warning').length;
  const icon = outcome.verdict === 'passed' ? '✅' : '❌';
  out.push(`## ${icon} migration-guard: ${outcome.verdict}`, '');
  out.push(`${outcome.set.migrations.length} migration(s) in \`${relativePath(outcome.set.dir, root)}\`: ${errors} error(s), ${warnings} warning(s).`, '');
  if (outcome.infrastructureError) out.push(`> **Could not finish:** ${cell(outcome.infrastructureError)}`, '');
  if (outcome.run) {
    out.push(`Checked on ${outcome.run.postgresVersion} (${outcome.run.provider}); start-up ${formatMs(outcome.run.startupMs)}, checks ${formatMs(outcome.run.ms)}.`, '');
  }
  if (outcome.findings.length) {
    out.push('### Findings', '', '| Severity | Check | Where | Message |', '| --- | --- | --- | --- |');
    for (const f of outcome.findings) {
      const where = [relativePath(f.file, root), f.line].filter((x) => x !== undefined).join(':');
      out.push(`| ${f.severity} | \`${f.check}\` | \`${cell(where)}\` | ${cell(f.message)} |`);
    }
    out.push('');
  }
  if (outcome.run?.traces.length) {
    out.push('### Migrations', '', '| Migration | Up | Down | Up again | Schema |', '| --- | --- | --- | --- | --- |');
    for (const t of outcome.run.traces) {
      out.push(`| \`${cell(migrationName(t))}\` | ${stepLabel(t.up)} | ${stepLabel(t.down)} | ${stepLabel(t.reup)} | ${schemaLabel(t)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
