import { defineCheck } from './check';
import type { ObservedStatement } from '../engine/observe/types';
import { modeName } from '../engine/observe/types';
import { observedSections, shortName, statementFinding } from '../check-support/observed-statements';

/** Work that takes time on a big table: a rewrite, a scan, an index build, or a change of every row. */
function slowWork(s: ObservedStatement): { relation: string; what: string } | undefined {
  const rewrite = s.rewritten.find((r) => r.kind === 'table');
  if (rewrite) return { relation: rewrite.relation, what: 'rewrites' };
  const scan = s.scanned.at(0);
  if (scan)
    return {
      relation: scan.relation,
      what: s.facts.kind === 'IndexStmt' ? 'builds an index on' : s.facts.everyRow ? 'changes every row of' : 'scans',
    };
  return undefined;
}

/**
 * A statement that any existing row breaks (ADD COLUMN NOT NULL without a DEFAULT on an existing table): it can only
 * pass on an empty table, where its scan costs nothing; `up-fails-on-data` says what is wrong with it.
 */
function passesOnlyWhenEmpty(s: ObservedStatement): boolean {
  return !!s.facts.table?.existing && (s.facts.commands ?? []).some((c) => c.subtype === 'AT_AddColumn' && c.needsValueForEveryRow);
}

/** A lock blocking traffic on one existing table stays held while later statements of the same transaction do slow work elsewhere. */
export const lockHeldAcrossStatements = defineCheck<'run'>({
  id: 'lock-held-across-statements',
  severity: 'warning',
  summary:
    'A lock that blocks reads or writes on an existing table stays held while later statements of the same transaction do slow work on other tables.',
  needs: ['run'],
  run: ({ run }) =>
    observedSections(run).flatMap(({ file, observation }) => {
      // Only a replayed transaction shows what stays held; a section without one commits statement by statement.
      if (observation.mode !== 'observed') return [];
      const { statements } = observation;
      return statements.flatMap((statement, index) =>
        statement.locks.flatMap((lock) => {
          const later = statements
            .slice(index + 1)
            .map((s) => ({ s, work: passesOnlyWhenEmpty(s) ? undefined : slowWork(s) }))
            .find(({ work }) => work && work.relation !== lock.relation);
          if (!later?.work) return [];
          const t = shortName(lock.relation);
          return [
            statementFinding(
              'lock-held-across-statements',
              'warning',
              { file, observation, statement, index },
              `${modeName(lock.mode)} on existing table ${t}, taken here, stays held while line ${later.s.line} ${later.work.what} ${shortName(later.work.relation)}: ` +
                `${lock.blocks} on ${t} wait until the whole file commits`,
              'Move the slow statement to a migration of its own (or before this one), so that the lock on this table is held only as long as its own change.',
              [lock.relation, later.work.relation],
            ),
          ];
        }),
      );
    }),
});
