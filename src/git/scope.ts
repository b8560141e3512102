import type { MigrationSet } from '../formats/migration-set';
import type { BaseComparison } from './base-facts';

/**
 * Versions this change adds or edits: any of their files is new, renamed, or
 * has other bytes than at the base. With `scope: changed` only these get the
 * full up/down/up; the rest are applied up once to build the schema they need.
 */
export function changedVersions(set: MigrationSet, base: BaseComparison): Set<bigint> {
  const atBase = new Map(base.files.map((f) => [f.name, f.text]));
  const changed = new Set<bigint>();
  for (const file of set.files) {
    if (atBase.get(file.name) !== file.text) changed.add(file.version);
  }
  // A version that lost a file at the base (deleted half) changed too.
  const present = new Set(set.files.map((f) => f.name));
  for (const f of base.files) if (!present.has(f.name)) changed.add(f.version);
  return changed;
}

/** Versions this change adds: none of their files is at the base (an edited or renamed applied migration is not added). */
export function addedVersions(set: MigrationSet, base: BaseComparison): Set<bigint> {
  const atBase = new Set(base.files.map((f) => f.version));
  return new Set(set.files.filter((f) => !atBase.has(f.version)).map((f) => f.version));
}
