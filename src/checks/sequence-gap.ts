import type { Migration } from '../formats/migration-set';
import { defineCheck } from './check';

/**
 * Sequential directories (`migrate create -seq`, `goose create -s`) count 1, 2, 3...; anything
 * that large is a timestamp (20240101120000, or unix seconds) and may skip.
 */
const SEQUENTIAL_LIMIT = 1_000_000n;

export function isSequential(migrations: Migration[]): boolean {
  return migrations.length > 0 && migrations.every((m) => m.version < SEQUENTIAL_LIMIT);
}

export const sequenceGap = defineCheck({
  id: 'sequence-gap',
  severity: 'warning',
  summary: 'Sequential versions skip a number or do not start at 1 (a lost or renumbered migration).',
  needs: [],
  run: ({ set }) => {
    if (!isSequential(set.migrations)) return [];
    const findings = [];
    let expected = 1n;
    for (const m of set.migrations) {
      const file = m.up ?? m.down;
      if (file && m.version > expected) {
        const width = m.versionText.length;
        const first = expected.toString().padStart(width, '0');
        const last = (m.version - 1n).toString().padStart(width, '0');
        const missing = first === last ? `version ${first} is missing` : `versions ${first} to ${last} are missing`;
        findings.push({
          check: 'sequence-gap',
          severity: 'warning' as const,
          file: file.path,
          line: 1,
          version: m.versionText,
          message: expected === 1n && set.migrations[0] === m
            ? `sequence starts at ${m.versionText}, not 1: ${missing}`
            : `gap before ${m.versionText}: ${missing}`,
          hint: `A gap usually means a migration was deleted or renumbered after merging. ${set.format.words.label} runs the remaining versions in order regardless.`,
        });
      }
      expected = m.version + 1n;
    }
    return findings;
  },
});
