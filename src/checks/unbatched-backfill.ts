import { defineCheck } from './check';
import { observedSections, shortName, statementFinding } from '../check-support/observed-statements';

/** UPDATE or DELETE of every row of an existing table inside the transaction that also changes the schema. */
export const unbatchedBackfill = defineCheck<'run'>({
  id: 'unbatched-backfill',
  severity: 'warning',
  summary:
    'UPDATE or DELETE of every row of an existing table in the same transaction as DDL: every row stays locked, and the DDL locks too, until commit.',
  needs: ['run'],
  run: ({ run }) =>
    observedSections(run).flatMap(({ file, observation }) => {
      if (observation.mode !== 'observed') return [];
      const ddl = observation.statements.find((s) => s.facts.ddl);
      if (!ddl) return [];
      return observation.statements.flatMap((statement, index) => {
        const { facts } = statement;
        if ((facts.kind !== 'UpdateStmt' && facts.kind !== 'DeleteStmt') || !facts.everyRow || !facts.table?.existing) return [];
        const t = shortName(facts.table.name);
        return [
          statementFinding(
            'unbatched-backfill',
            'warning',
            { file, observation, statement, index },
            `${facts.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE'} of every row of existing table ${t} in the same transaction as the schema change at line ${ddl.line}: ` +
              `every row of ${t} stays locked, and the schema change's locks stay held, until the whole file commits`,
            'Backfill in batches (WHERE id BETWEEN ... , committed one by one) from a separate migration or job, after the schema change is deployed.',
            [facts.table.name],
          ),
        ];
      });
    }),
});
