import { defineCheck } from './check';
import type { ObservedStatement } from '../engine/observe/types';
import { howSeen, observedStatements, shortName, statementFinding } from '../check-support/observed-statements';

/** What made PostgreSQL write a new copy of the table, in words. */
function rewriteCause(s: ObservedStatement): string {
  const cause = s.facts.rewriteCause ?? s.facts.commands?.find((c) => c.rewriteCause)?.rewriteCause;
  if (cause) return cause;
  if (s.facts.commands?.some((c) => c.subtype === 'AT_AddColumn'))
    return 'a new column whose value PostgreSQL cannot keep in the catalog: a volatile default, or a domain with a constraint';
  return `the statement (${s.facts.kind})`;
}

/** A rewrite of an existing table: ACCESS EXCLUSIVE while every row is copied and every index rebuilt. */
export const tableRewrite = defineCheck<'run'>({
  id: 'table-rewrite',
  severity: 'warning',
  summary:
    'A statement rewrites an existing table (new data file): type change, volatile default, serial/identity/stored generated column, SET LOGGED...',
  needs: ['run'],
  run: ({ run }) =>
    observedStatements(run).flatMap((at) => {
      const tables = at.statement.rewritten.filter((r) => r.kind === 'table');
      return tables.map((r) => {
        const t = shortName(r.relation);
        const indexes = at.statement.rewritten.filter((x) => x.kind === 'index').map((x) => shortName(x.relation));
        return statementFinding(
          'table-rewrite',
          'warning',
          at,
          `rewrites existing table ${t} (cause: ${rewriteCause(at.statement)}): PostgreSQL copies every row into a new file under an ACCESS EXCLUSIVE lock, ` +
            `so reads and writes of ${t} wait for the whole copy${indexes.length ? ` and the rebuild of ${indexes.join(', ')}` : ''} (${howSeen(at.statement, at.observation)})`,
          'Avoid the rewrite: add the column without a volatile default and backfill in batches; for a type change, add a new column, ' +
            'backfill it, and switch over in a later release; a constant or now() default does not rewrite (PostgreSQL 11+).',
          [r.relation],
        );
      });
    }),
});
