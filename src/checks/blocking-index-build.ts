import { FORMATS } from '../formats';
import { defineCheck } from './check';

/** How each tool runs a section outside a transaction, all of them: the hint reads the same whichever tool ran. */
const OUTSIDE_A_TRANSACTION = FORMATS.map((f) => `${f.words.label}: ${f.words.outsideTransaction}`).join('; ');
import { howSeen, observedStatements, shortName, statementFinding } from '../check-support/observed-statements';

/** CREATE INDEX without CONCURRENTLY on a table that exists in production: SHARE lock, writes wait for the whole build. */
export const blockingIndexBuild = defineCheck<'run'>({
  id: 'blocking-index-build',
  severity: 'warning',
  summary: 'CREATE INDEX without CONCURRENTLY on an existing table: its SHARE lock blocks every write for the whole build.',
  needs: ['run'],
  run: ({ run }) =>
    observedStatements(run).flatMap((at) => {
      const { facts } = at.statement;
      const table = facts.table;
      if (facts.kind !== 'IndexStmt' || facts.concurrent || !table?.existing) return [];
      const t = shortName(table.name);
      return [
        statementFinding(
          'blocking-index-build',
          'warning',
          at,
          `CREATE INDEX on existing table ${t} without CONCURRENTLY: PostgreSQL holds a SHARE lock on ${t} for the whole build, ` +
            `so every INSERT, UPDATE and DELETE on it waits until the file commits (${howSeen(at.statement, at.observation)})`,
          `Build it with CREATE INDEX CONCURRENTLY in a section of its own that runs outside a transaction (${OUTSIDE_A_TRANSACTION}).`,
          [table.name],
        ),
      ];
    }),
});
