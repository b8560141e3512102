import type { Difference } from '../postgres/snapshot-diff';
import { splitStatements } from '../migrations/sql-text';

/** Line of the first statement in `text` that names the object, to point the reader at its origin. */
export function objectLine(text: string, d: Difference): number | undefined {
  const bare = d.name.split('(')[0].split('.').pop()!.replace(/"/g, '').toLowerCase();
  if (!bare) return undefined;
  const word = new RegExp(`(^|[^a-z0-9_])"?${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?([^a-z0-9_]|$)`, 'i');
  return splitStatements(text).find((s) => word.test(s.text))?.line;
}
