import type { MigrationTrace, StepResult } from '../engine/trace';
import { isColumnOrder } from '../catalog/snapshot-diff';
import type { DataFailure } from '../engine/seed/observations';
import { addedEnumLabels, keptExtension, meaningful } from '../check-support/down-differences';

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

/**
 * One migration's record as every reporter shows it (progress line, summary table, PR comment): each step's
 * outcome and the schema comparison, in the words of the findings that report them, so that no row contradicts a
 * finding. A step that passed only once the seeded rows were set aside failed with rows; a down the file does not
 * have is no down, not an incomplete one; what no down can undo (an enum value, an extension) is named as such.
 */
export interface StepRecord {
  up: string;
  down: string;
  reup: string;
  schema: string;
}

export function stepRecord(trace: MigrationTrace): StepRecord {
  const data = trace.data;
  const withRows = (step: StepResult, failure: DataFailure | undefined) =>
    failure ? `failed with rows${failure.step.error?.line ? ` at line ${failure.step.error.line}` : ''}, ok without` : stepLabel(step);
  // A section the file does not have (goose without `-- +goose Down`) is an up-only migration, as a missing down file
  // is: what the no-op down and the second up then do is not this migration's record (empty-file, no-down-files say it).
  if (trace.down.file?.absent && trace.down.status !== 'failed')
    return { up: withRows(trace.up, data?.upFailure), down: 'none (no down section)', reup: '-', schema: '-' };
  return {
    up: withRows(trace.up, data?.upFailure),
    down: withRows(trace.down, data?.downFailure),
    reup: withRows(trace.reup, data?.reupFailure),
    schema: schemaLabel(trace),
  };
}

/** What the comparison after the down and after the second up showed, named as the checks name it. */
export function schemaLabel(trace: MigrationTrace): string {
  if (!trace.downDiff && !trace.reupDiff) return '-';
  const down = trace.downDiff ?? [];
  const notes: string[] = [];
  if (meaningful(down).length) notes.push('down incomplete');
  else {
    if (down.some((d) => addedEnumLabels(d))) notes.push('enum value kept');
    if (down.some(keptExtension)) notes.push('extension kept');
    if (down.some(isColumnOrder)) notes.push('column order changed');
  }
  if ((trace.reupDiff ?? []).length) notes.push('second up differs');
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
