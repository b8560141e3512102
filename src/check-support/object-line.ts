import type { Difference } from '../catalog/snapshot-diff';
import type { MigrationFile } from '../formats/migration-set';
import { statementsOf } from '../sql/text';

/** Line of the first statement in `text` that names the object, to point the reader at its origin. */
export function objectLine(file: Pick<MigrationFile, 'text' | 'body'>, d: Difference): number | undefined {
  const { text, body } = file;
  const bare = (d.name.split('(')[0].split('.').at(-1) ?? '').replace(/"/g, '').toLowerCase();
  if (!bare) return undefined;
  const word = new RegExp(`(^|[^a-z0-9_])"?${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?([^a-z0-9_]|$)`, 'i');
  return statementsOf(text).find((s) => s.start >= body.start && s.start < body.end && word.test(s.text))?.line;
}
