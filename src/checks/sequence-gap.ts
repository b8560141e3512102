import type { Finding, Severity } from '../findings';
import type { Migration } from '../formats/migration-set';
import type { BaseComparison } from '../git/base-facts';
import { defineCheck } from './check';

/**
 * Sequential directories (`migrate create -seq`, `goose create -s`) count 1, 2, 3...; anything
 * that large is a timestamp (20240101120000, or unix seconds) and may skip.
 */
const SEQUENTIAL_LIMIT = 1_000_000n;

function isSequential(migrations: Migration[]): boolean {
  return migrations.length > 0 && migrations.every((m) => m.version < SEQUENTIAL_LIMIT);
}

/**
 * A gap of versions `first`..`last` was already merged when the base has none of them and a version after them:
 * the gap was there before this change. Some projects skip numbers on purpose, so such a gap is only a notice;
 * a gap the change opens (a new migration numbered too far, a merged one deleted) is an error; without a base, a warning.
 */
function severityOf(first: bigint, last: bigint, base: BaseComparison | undefined): { severity: Severity; why: string } {
  if (!base) return { severity: 'warning', why: 'A gap usually means a migration was deleted or renumbered after merging.' };
  const before = base.files.map((f) => f.version);
  const merged = before.some((v) => v > last) && !before.some((v) => v >= first && v <= last);
  return merged
    ? { severity: 'notice', why: `The gap is already in ${base.label}, so it is not new in this change.` }
    : { severity: 'error', why: `This change opens the gap: ${base.label} does not have it. Renumber the new migration or restore the missing one.` };
}

export const sequenceGap = defineCheck({
  id: 'sequence-gap',
  severity: 'error',
  summary: 'Sequential versions skip a number or do not start at 1 (a lost or renumbered migration).',
  needs: [],
  requires: 'sequentialVersions',
  run: ({ set, base }) => {
    if (!isSequential(set.migrations)) return [];
    const findings: Finding[] = [];
    let expected = 1n;
    for (const m of set.migrations) {
      const file = m.up ?? m.down;
      if (file && m.version > expected) {
        const width = m.versionText.length;
        const first = expected.toString().padStart(width, '0');
        const last = (m.version - 1n).toString().padStart(width, '0');
        const missing = first === last ? `version ${first} is missing` : `versions ${first} to ${last} are missing`;
        const { severity, why } = severityOf(expected, m.version - 1n, base);
        findings.push({
          check: 'sequence-gap',
          severity,
          file: file.path,
          line: 1,
          version: m.versionText,
          message:
            expected === 1n && set.migrations[0] === m
              ? `sequence starts at ${m.versionText}, not 1: ${missing}`
              : `gap before ${m.versionText}: ${missing}`,
          hint: `${why} ${set.format.words.label} runs the remaining versions in order regardless.`,
        });
      }
      expected = m.version + 1n;
    }
    return findings;
  },
});
