import type { Finding } from '../findings';
import type { MigrationTrace } from '../engine/trace';
import type { RowLoss } from '../engine/seed/observations';
import { defineCheck } from './check';
import { showRow } from '../check-support/show-row';
import { statementsOf } from '../sql/text';

export const downLosesData = defineCheck({
  id: 'down-loses-data',
  severity: 'warning',
  summary: 'After up and down, rows that existed before the up are missing or hold other values (the schema may be back, the data is not).',
  needs: ['run'],
  run: ({ run }) =>
    run.traces.flatMap((t) => {
      const covered = droppedOutright(t);
      return (t.data?.losses ?? []).filter((loss) => !covered(loss)).map((loss) => finding(t, loss));
    }),
});

/**
 * One cause, one finding: a loss the up's own `destructive-drop` already reports (it drops the existing table, or
 * the existing columns that lost their values) is not said again here, since that finding says the data is gone and
 * no down can bring it back. Unless the up reads what it drops in another statement (copies it elsewhere first):
 * then the down could copy it back, and not doing so is the down's loss.
 */
function droppedOutright(trace: MigrationTrace): (loss: RowLoss) => boolean {
  const up = trace.migration.up;
  const statements = trace.observed?.statements ?? [];
  if (!up || !statements.length) return () => false;
  const dropLines = new Set<number>();
  const tables = new Set<string>();
  const columns = new Set<string>();
  for (const s of statements) {
    const { facts } = s;
    for (const r of (facts.drops ?? []).filter((d) => d.existing)) {
      tables.add(r.name);
      dropLines.add(s.line);
    }
    if (!facts.table?.existing) continue;
    for (const c of (facts.commands ?? []).filter((k) => k.subtype === 'AT_DropColumn' && !k.columnIsNew && k.column)) {
      columns.add(`${facts.table.name}.${c.column ?? ''}`);
      dropLines.add(s.line);
    }
  }
  if (!tables.size && !columns.size) return () => false;
  const others = statementsOf(up.text)
    .filter((s) => !dropLines.has(s.line))
    .map((s) => s.text.toLowerCase());
  const readElsewhere = (name: string) => {
    const word = new RegExp(`(^|[^a-z0-9_$])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9_$]|$)`);
    return others.some((text) => word.test(text));
  };
  const bare = (qualified: string) => qualified.slice(qualified.lastIndexOf('.') + 1);
  return (loss) => {
    if (tables.has(loss.table)) return !readElsewhere(bare(loss.table));
    if (loss.missingRows || !loss.columns.length) return false;
    return loss.columns.every((c) => loss.droppedByUp.includes(c) && columns.has(`${loss.table}.${c}`) && !readElsewhere(c));
  };
}

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
