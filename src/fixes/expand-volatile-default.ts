import type { Finding } from '../findings';
import { traceOf, type FixSource, type FixWriter, type Written } from './candidate';
import { addedColumnAt } from './expand-column';
import { expandSteps } from './expand-steps';

/**
 * table-rewrite from ADD COLUMN with a volatile default (gen_random_uuid(), clock_timestamp()): the expand steps. The
 * column is added without the default and the default set by a statement of its own (stored in the catalog, no
 * rewrite: new rows get it), the rows already there are filled from the default in batches by a migration of their
 * own, then NOT NULL, if the column had it, through a validated CHECK. Other rewrites (a type change, SET LOGGED) are
 * not this writer's.
 */
export const expandVolatileDefault: FixWriter = {
  checks: ['table-rewrite'],
  write(finding: Finding, { set, run }: FixSource): Written {
    const migration = traceOf(finding, run)?.migration;
    if (!migration?.up || finding.line === undefined) return undefined;
    const col = addedColumnAt(migration.up, finding.line);
    if (col === undefined) return undefined;
    if (typeof col === 'string') return { notWritten: col };
    if (col.others.length)
      return {
        notWritten: `column ${col.column} is declared with ${col.others.join(' and ')}, which the expand steps cannot split off the ADD COLUMN; add a plain column, fill it in batches and keep it current from the application or a trigger`,
      };
    if (col.defaultExpression === undefined)
      return {
        notWritten: `the rewrite comes from the type of column ${col.column} (a domain with a constraint), not from a default the expand steps could move`,
      };
    return expandSteps(set, migration, col, {
      value: 'DEFAULT',
      setDefault: col.defaultExpression,
      what: `Adds column ${col.column} without its default, then sets DEFAULT ${col.defaultExpression} in a statement of its own: new rows get it and nothing is rewritten.`,
    });
  },
};
