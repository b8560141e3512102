import type { Finding, Severity } from '../findings';
import type { MigrationSet } from '../formats/migration-set';
import type { BaseComparison } from '../git/base-facts';
import { defineCheck } from './check';

/**
 * Sequential directories (`migrate create -seq`, `goose create -s`) count 1, 2, 3...; anything
 * that large is a timestamp (20240101120000, or unix seconds) and may skip.
 */
const SEQUENTIAL_LIMIT = 1_000_000n;

/** A version the tool runs, with the file that holds it: SQL migrations and those the tool runs as code (goose `.go`). */
interface Numbered {
  version: bigint;
  versionText: string;
  path?: string;
}

function versionsOf(set: MigrationSet): Numbered[] {
  const sql = set.migrations.map((m) => ({ version: m.version, versionText: m.versionText, path: (m.up ?? m.down)?.path }));
  return [...sql, ...set.codeMigrations].sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}

function isSequential(migrations: Numbered[]): boolean {
  return migrations.length > 0 && migrations.every((m) => m.version < SEQUENTIAL_LIMIT);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * The directory's step: the greatest common divisor of its versions, when there are at least two and it is a round
 * number people step by (a multiple of 5: 5, 10, 100, 1000); else 1. A team that numbers 10, 20, 30 or 1000, 2000, 3000
 * does so on purpose (room for a later insert), so the sequence it expects is step, 2 x step...: 10, 20, 40 still misses 30.
 * One version alone (000010) or an even pair (000002, 000004) says nothing about a step.
 */
function stepOf(migrations: Numbered[]): bigint {
  const step = migrations.reduce((g, m) => gcd(m.version, g), 0n);
  return migrations.length >= 2 && step % 5n === 0n ? step : 1n;
}

/**
 * A gap of versions `first`..`last` was already merged when the base has none of them and a version after them:
 * the gap was there before this change. Some projects skip numbers on purpose, so such a gap is only a notice;
 * a gap the change opens (a new migration numbered too far, a merged one deleted) is an error; without a base, a warning.
 * For a tool whose gaps are notices at most (goose: see Capabilities.gapsWarn), every gap is a notice.
 */
function severityOf(first: bigint, last: bigint, base: BaseComparison | undefined, warns: boolean): { severity: Severity; why: string } {
  const merged = !!base && base.files.some((f) => f.version > last) && !base.files.some((f) => f.version >= first && f.version <= last);
  if (merged) return { severity: 'notice', why: `The gap is already in ${base.label}, so it is not new in this change.` };
  const opened = base && `This change opens the gap: ${base.label} does not have it. Renumber the new migration or restore the missing one.`;
  if (!warns) return { severity: 'notice', why: opened ?? 'A gap can mean a migration was deleted or renumbered after merging.' };
  if (!base) return { severity: 'warning', why: 'A gap usually means a migration was deleted or renumbered after merging.' };
  return { severity: 'error', why: opened ?? '' };
}

export const sequenceGap = defineCheck({
  id: 'sequence-gap',
  severity: 'error',
  summary:
    'Sequential versions skip a number or do not start at 1 (a lost or renumbered migration); a notice at most where gaps are usual, silent for versions that step uniformly.',
  needs: [],
  requires: 'sequentialVersions',
  run: ({ set, base }) => {
    const versions = versionsOf(set);
    if (!isSequential(versions)) return [];
    const step = stepOf(versions);
    const findings: Finding[] = [];
    let expected = step;
    for (const m of versions) {
      if (m.path && m.version > expected) {
        const width = m.versionText.length;
        const pad = (v: bigint) => v.toString().padStart(width, '0');
        const first = pad(expected);
        const last = pad(m.version - step);
        const every = step > 1n ? ` (the directory counts in steps of ${step.toString()})` : '';
        const missing = first === last ? `version ${first} is missing` : `versions ${first} to ${last} are missing${every}`;
        const { severity, why } = severityOf(expected, m.version - 1n, base, set.format.capabilities.gapsWarn);
        findings.push({
          check: 'sequence-gap',
          severity,
          file: m.path,
          line: 1,
          version: m.versionText,
          message:
            expected === step && versions[0] === m
              ? `sequence starts at ${m.versionText}, not ${step.toString()}: ${missing}`
              : `gap before ${m.versionText}: ${missing}`,
          hint: `${why} ${set.format.words.label} runs the remaining versions in order regardless.`,
        });
      }
      expected = m.version + step;
    }
    return findings;
  },
});
