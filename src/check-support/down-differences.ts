import type { MigrationTrace } from '../engine/trace';
import { isColumnOrder, type Difference } from '../catalog/snapshot-diff';
import { failedOnItsOwn } from './step-failure';

/**
 * Differences down-incomplete reports: not column order (down-column-order),
 * not what teams leave on purpose (down-keeps-extension, enum-label-kept).
 */
export function meaningful(diff: Difference[] | undefined): Difference[] {
  return (diff ?? []).filter((d) => !isColumnOrder(d) && !keptExtension(d) && !addedEnumLabels(d));
}

/** An extension the up created and the down left: many teams never drop extensions. */
export function keptExtension(d: Difference): boolean {
  return d.kind === 'extension' && d.change === 'added';
}

/**
 * The labels the up added to an enum that existed before it, when that is all
 * that changed (PostgreSQL has no ALTER TYPE ... DROP VALUE, so no down can
 * remove them); undefined for any other difference, e.g. a renamed label.
 */
export function addedEnumLabels(d: Difference): string[] | undefined {
  if (d.kind !== 'enum' || d.property !== 'labels' || d.change !== 'changed') return undefined;
  const before = enumLabels(d.before);
  const after = enumLabels(d.after);
  // The old labels, in their old order, with new ones anywhere among them (ADD VALUE ... BEFORE/AFTER).
  let next = 0;
  for (const label of after) if (label === before[next]) next++;
  if (next !== before.length || after.length <= before.length || new Set(after).size !== after.length) return undefined;
  const old = new Set(before);
  return after.filter((label) => !old.has(label));
}

/** `'a', 'it''s', E'back\\slash'` (string_agg of quote_literal) -> the quoted labels. */
function enumLabels(text: string | undefined): string[] {
  return text?.match(/E?'(?:[^']|'')*'/g) ?? [];
}

/**
 * reup-failed reports a failing second up only when nothing in down-incomplete's
 * list explains it; kept extensions and enum labels do not count there, since
 * they are the usual reason (CREATE EXTENSION or ADD VALUE without IF NOT EXISTS),
 * and the checks for them stay silent so that the cause is reported once.
 */
export function reupFailsAlone(t: MigrationTrace): boolean {
  return failedOnItsOwn(t.reup) && meaningful(t.downDiff).length === 0;
}
