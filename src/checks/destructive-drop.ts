import { defineCheck } from './check';
import { observedStatements, shortName, statementFinding } from '../check-support/observed-statements';

const HINT =
  'Deploy the code that stops using it first; drop it in a later migration, once no running release reads it ' +
  '(then silence this with -- migration-guard:ignore destructive-drop and say why).';

/** An existing table or column dropped while the running application may still use it. */
export const destructiveDrop = defineCheck<'run'>({
  id: 'destructive-drop',
  severity: 'warning',
  summary: 'An existing table or column is dropped while the running application (the previous release, during a deploy) may still use it.',
  needs: ['run'],
  run: ({ run }) =>
    observedStatements(run).flatMap((at) => {
      const { facts } = at.statement;
      const tables = (facts.drops ?? [])
        .filter((r) => r.existing)
        .map((r) =>
          statementFinding(
            'destructive-drop',
            'warning',
            at,
            `drops existing table ${shortName(r.name)} and its rows: the application still running during the deploy may read or write it, and the data is gone`,
            HINT,
            [r.name],
          ),
        );
      const table = facts.table;
      const columns = !table?.existing
        ? []
        : (facts.commands ?? [])
            .filter((c) => c.subtype === 'AT_DropColumn' && !c.columnIsNew)
            .map((c) =>
              statementFinding(
                'destructive-drop',
                'warning',
                at,
                `drops column ${shortName(table.name)}.${c.column ?? '?'} of an existing table: queries of the running release that name it fail, and its data is gone`,
                HINT,
                [table.name],
              ),
            );
      return [...tables, ...columns];
    }),
});
