import { defineCheck } from './check';
import { observedStatements, shortName, statementFinding } from '../check-support/observed-statements';

/** An existing table or column renamed: the running release still uses the old name. */
export const breakingRename = defineCheck<'run'>({
  id: 'breaking-rename',
  severity: 'warning',
  summary: 'An existing table or column is renamed: the release still running during the deploy uses the old name.',
  needs: ['run'],
  run: ({ run }) =>
    observedStatements(run).flatMap((at) => {
      const { rename, table } = at.statement.facts;
      if (!rename || !table?.existing || rename.columnIsNew) return [];
      const t = shortName(table.name);
      const what =
        rename.what === 'table' ? `existing table ${t} to ${rename.to}` : `column ${t}.${rename.from} of an existing table to ${rename.to}`;
      return [
        statementFinding(
          'breaking-rename',
          'warning',
          at,
          `renames ${what}: every query of the running release that names ${rename.what === 'table' ? t : rename.from} fails from the moment this commits`,
          rename.what === 'table'
            ? 'Rename in steps: create a view with the old name (or the new one) so both names work, switch the code, then drop the old name later.'
            : 'Rename in steps: add the new column, write both, backfill, switch reads, then drop the old column in a later release.',
          [table.name],
        ),
      ];
    }),
});
