import * as path from 'node:path';
import type { Finding } from '../findings';
import { restoreCommand } from '../check-support/already-applied';
import { defineCheck } from './check';

/** A merged migration whose file is gone: new databases skip it, and databases at its version cannot migrate. */
export const appliedDeleted = defineCheck({
  id: 'applied-deleted',
  severity: 'error',
  summary: 'A migration file that is already merged was deleted (or moved where the tool does not read it).',
  needs: ['base'],
  run: ({ set, base }) => {
    const findings: Finding[] = [];
    const present = new Set(set.files.map((f) => f.path));
    for (const gone of base.files) {
      // One file held both sections (goose, dbmate): say it once, for the up.
      if (gone.direction === 'down' && base.files.some((f) => f.name === gone.name && f.direction === 'up')) continue;
      const file = path.join(set.dir, gone.name);
      if (present.has(file)) continue;
      const movedTo = base.renames.get(gone.name);
      if (movedTo && present.has(movedTo)) continue; // applied-renamed
      const how = movedTo ? `was moved to ${path.relative(set.dir, movedTo)}, where ${set.format.words.label} does not read it` : 'was deleted';
      findings.push({
        check: 'applied-deleted',
        severity: gone.direction === 'up' ? 'error' : 'warning',
        file,
        line: 1,
        version: gone.versionText,
        message:
          gone.direction === 'up'
            ? `${gone.name} is already merged at ${base.label} and ${how}: new databases never get its schema, and ${set.format.words.deletedVersion.replaceAll('{version}', gone.versionText)}`
            : `${gone.name} is already merged at ${base.label} and ${how}: rolling back ${gone.versionText} now records the rollback without undoing anything`,
        hint: `Restore it (${restoreCommand(base, gone.name)}); to undo a migration, add a new one that reverses it.`,
      });
    }
    return findings;
  },
});
