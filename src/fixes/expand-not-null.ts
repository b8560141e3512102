import type { Finding } from '../findings';
import { traceOf, type FixSource, type FixWriter, type Written } from './candidate';
import { addedColumnAt, defaultSetLater } from './expand-column';
import { expandSteps } from './expand-steps';

/**
 * up-fails-on-data from ADD COLUMN ... NOT NULL without a default on a table with rows: the column added nullable,
 * the rows filled in batches by a migration of their own, then NOT NULL through a validated CHECK. Only when the
 * migrations say what the rows hold: a DEFAULT the column gets later (in the same up or a later migration) is what
 * each row is filled with. Without one there is no fix: the rows' values are the team's to choose, never invented.
 */
export const expandNotNull: FixWriter = {
  checks: ['up-fails-on-data'],
  write(finding: Finding, { set, run }: FixSource): Written {
    const migration = traceOf(finding, run)?.migration;
    if (!migration?.up || finding.line === undefined) return undefined;
    const col = addedColumnAt(migration.up, finding.line);
    // Not an ADD COLUMN (a unique index over duplicates...), or one with a default: not a column every row breaks.
    if (col === undefined || (typeof col !== 'string' && (!col.notNull || col.defaultExpression !== undefined))) return undefined;
    if (typeof col === 'string') return { notWritten: col };
    if (col.others.length)
      return {
        notWritten: `column ${col.column} is also declared with ${col.others.join(' and ')}, which the expand steps do not split off the ADD COLUMN`,
      };
    const later = defaultSetLater(set, migration.version, col);
    if (!later)
      return {
        notWritten: `no value for the rows already in ${col.table} is known: no migration gives ${col.column} a DEFAULT, and a fix never invents data`,
      };
    return expandSteps(set, migration, col, {
      value: 'DEFAULT',
      what: `Adds column ${col.column} nullable; the rows already there get its default (${later}).`,
    });
  },
};
