import type { MigrationSet } from '../formats/migration-set';

/** The tool's way to record that every version up to `version` is applied without running anything (format words). */
export function forceCommand(set: MigrationSet, version: string, table: string): string {
  return set.format.words.forceCommand
    .replace(/\{version\}/g, version)
    .replace(/\{table\}/g, table)
    .replace('<dir>', set.dir);
}
