import type { MigrationTrace, StepResult } from '../engine/trace';

/** Short words for a step's outcome, shared by the progress lines, the summary and the JSON report. */
export function stepLabel(step: StepResult): string {
  switch (step.status) {
    case 'ok':
      return `ok ${formatMs(step.ms)}`;
    case 'failed':
      if (step.error?.timeout) return `timed out (${step.error.timeout.limit}-timeout)`;
      return step.error?.line ? `failed at line ${step.error.line}` : 'failed';
    case 'refused':
      return 'not run (cluster-wide)';
    case 'skipped':
      return step.reason === 'not run' ? '-' : step.reason ? `skipped (${step.reason})` : 'skipped';
  }
}

/** What the comparison after the down and after the second up showed. */
export function schemaLabel(trace: MigrationTrace): string {
  const notes: string[] = [];
  const down = trace.downDiff ?? [];
  if (down.some((d) => d.kind !== 'column order')) notes.push('down incomplete');
  else if (down.length) notes.push('column order changed');
  if ((trace.reupDiff ?? []).length) notes.push('second up differs');
  if (!trace.downDiff && !trace.reupDiff) return '-';
  return notes.length ? notes.join(', ') : 'restored';
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}

export function migrationName(trace: MigrationTrace): string {
  // A migration has an up or a down file (or neither, when its one file could not be read: then its version alone).
  const f = trace.migration.up ?? trace.migration.down;
  return f ? `${trace.migration.versionText}_${f.identifier}` : trace.migration.versionText;
}
