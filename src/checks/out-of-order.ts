import type { Finding } from '../findings';
import type { MigrationFormat } from '../formats/format';
import type { MigrationFile } from '../formats/migration-set';
import { highestApplied, nextFreeVersion, originOf } from '../check-support/already-applied';
import { defineCheck } from './check';

/**
 * A new version at or below the applied one: golang-migrate only moves forward and silently never runs it there;
 * goose refuses to go on unless -allow-missing; dbmate applies it, after newer migrations it was never tested behind.
 */
export const outOfOrder = defineCheck({
  id: 'out-of-order',
  severity: 'error',
  summary:
    'A migration added by this change has a version at or below one already applied; where that version is applied, the tool silently skips it, refuses to run, or runs it out of order.',
  needs: ['base'],
  run: (context) => {
    const { set, base } = context;
    const highest = highestApplied(context);
    if (!highest) return [];
    const continued = new Set(set.files.filter((f) => originOf(base, f)));
    const continuedByVersion = new Map<bigint, MigrationFile[]>();
    for (const f of continued) continuedByVersion.set(f.version, [...(continuedByVersion.get(f.version) ?? []), f]);
    // New files, one group per migration they form (version + title).
    const added = new Map<string, MigrationFile[]>();
    for (const file of set.files) {
      if (file.version > highest.version || continued.has(file)) continue;
      // Adding the missing half of a merged migration (same version and title, other direction) is not a new migration.
      const sameVersion = continuedByVersion.get(file.version) ?? [];
      const completes =
        sameVersion.some((f) => f.identifier === file.identifier && f.direction !== file.direction) &&
        !sameVersion.some((f) => f.direction === file.direction);
      if (completes) continue;
      const key = `${file.version}\0${file.identifier}`;
      added.set(key, [...(added.get(key) ?? []), file]);
    }
    const findings: Finding[] = [];
    for (const files of added.values()) {
      const file = files.find((f) => f.direction === 'up') ?? files[0];
      const taken = continuedByVersion.has(file.version);
      const applied = set.format.olderVersions === 'applied';
      findings.push({
        check: 'out-of-order',
        // dbmate runs it, only in another order than the one checked here: a risk, not a lost migration.
        severity: applied && !taken ? 'warning' : 'error',
        file: file.path,
        line: 1,
        version: file.versionText,
        message: `${file.name} is new, but version ${file.versionText} is not above ${highest.versionText} (${highest.where}): ${consequence(set.format, highest.versionText)}`,
        hint: `Renumber it to ${nextFreeVersion(context, file.versionText.length)}${taken ? `; version ${file.versionText} already belongs to a merged migration` : ''}.`,
      });
    }
    return findings;
  },
});

/** What the tool does with it on a database that is already further, worded by the tool's rule for older versions. */
function consequence(format: MigrationFormat, highest: string): string {
  const { label, upCommand } = format.words;
  switch (format.olderVersions) {
    case 'skipped':
      return `${label} never applies it to a database already at ${highest}, and says nothing`;
    case 'refused':
      return `\`${upCommand}\` refuses to run on a database already at ${highest} (a missing, out-of-order migration) unless given -allow-missing, which then applies it after ${highest}`;
    case 'applied':
      return `\`${upCommand}\` applies it on a database already at ${highest}, after migrations it was never checked behind`;
  }
}
