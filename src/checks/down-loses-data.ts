import type { Finding } from '../findings';
import type { MigrationTrace } from '../engine/trace';
import type { RowLoss } from '../engine/seed/observations';
import { defineCheck } from './check';
import { showRow } from '../check-support/show-row';

export const downLosesData = defineCheck({
  id: 'down-loses-data',
  severity: 'warning',
  summary: 'After up and down, rows that existed before the up are missing or hold other values (the schema may be back, the data is not).',
  needs: ['run'],
  run: ({ run }) => run.traces.flatMap((t) => (t.data?.losses ?? []).map((loss) => finding(t, loss))),
});

function finding(trace: MigrationTrace, loss: RowLoss): Finding {
  const m = trace.migration;
  const file = m.down ?? m.up;
  const list = (cols: string[]) => cols.join(', ');
  const what = [
    loss.changedRows ? `${loss.changedRows} of ${loss.rowsBefore} row(s) hold other values in ${list(loss.columns)}` : '',
    loss.missingRows ? `${loss.missingRows} of ${loss.rowsBefore} row(s) are gone` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const example = `Example: before the up ${showRow(loss.before)}, after the down ${loss.after ? showRow(loss.after) : '(row gone)'}.`;
  const causes: string[] = [];
  if (loss.droppedByUp.length) {
    causes.push(
      `The up itself drops ${list(loss.droppedByUp)}: those values are gone before any down runs unless the up copied them elsewhere, ` +
        'in which case the down must copy them back; if nothing kept them, the loss is inherent to the up and no down can undo it',
    );
  }
  if (loss.changedByUp.length)
    causes.push(`The up itself changes the values of ${list(loss.changedByUp)} (an UPDATE or a USING conversion) and the down does not restore them`);
  const downOnly = loss.columns.filter((c) => !loss.droppedByUp.includes(c) && !loss.changedByUp.includes(c));
  if (downOnly.length) causes.push(`The up keeps the values of ${list(downOnly)}; the down loses them`);
  if (loss.missingRows)
    causes.push(loss.rowsDeletedByUp ? 'The up itself deletes rows (or drops the table)' : 'The up keeps the rows; the down deletes them');
  return {
    check: 'down-loses-data',
    severity: 'warning',
    file: file?.path,
    line: 1,
    version: m.versionText,
    message: `${m.versionText}: after up and down, the data of ${loss.table} is not back: ${what}. ${example} ${causes.join('. ')}.`,
    hint:
      'A down that re-creates a column or table should also bring its values back (copy them back from where the up moved them). ' +
      'When the loss is inherent (a dropped column), ignore this finding for the file, or keep the data until a later migration drops it.',
  };
}
