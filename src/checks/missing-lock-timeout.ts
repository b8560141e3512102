import { defineCheck } from './check';
import { modeName } from '../engine/observe/types';
import { observedSections, shortName, statementFinding } from '../check-support/observed-statements';

/** A lock that blocks traffic on an existing table, requested with no lock_timeout set in the file: one finding per file, at the first. */
export const missingLockTimeout = defineCheck<'run'>({
  id: 'missing-lock-timeout',
  severity: 'warning',
  summary:
    'A lock that blocks reads or writes on an existing table, with no lock_timeout set in the file: queued behind a long query, it blocks everyone.',
  needs: ['run'],
  run: ({ run }) =>
    observedSections(run).flatMap(({ file, observation }) => {
      for (const [index, statement] of observation.statements.entries()) {
        if (statement.facts.setsLockTimeout) return [];
        const lock = statement.locks.at(0);
        if (!lock) continue;
        const t = shortName(lock.relation);
        return [
          statementFinding(
            'missing-lock-timeout',
            'warning',
            { file, observation, statement, index },
            `takes ${modeName(lock.mode)} on existing table ${t} with no lock_timeout set in the file: if a long query holds ${t}, ` +
              `this statement waits for it, and every later query on ${t} queues behind it (${lock.blocks} blocked)`,
            "Set a short lock_timeout at the top of the file (SET LOCAL lock_timeout = '5s' inside the migration's transaction) and retry the deploy when it fires.",
            [lock.relation],
          ),
        ];
      }
      return [];
    }),
});
