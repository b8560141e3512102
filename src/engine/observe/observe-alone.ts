import type { Session } from '../session';
import { relationRefs } from './facts';
import { userRelations, type KnownRelation } from './probe';
import type { SectionStatement } from './statements';
import type { SectionObservation, StatementFacts } from './types';
import { withoutRows } from './without-rows';

/** What the grammar cannot decide and the catalog can: whether a type change rewrites, a default is volatile, SET NOT NULL scans. */
function catalogDecides(facts: StatementFacts): boolean {
  return (
    facts.kind === 'AlterTableStmt' &&
    !!facts.table?.existing &&
    (facts.commands ?? []).some(
      (c) => c.subtype === 'AT_AlterColumnType' || c.subtype === 'AT_SetNotNull' || (c.subtype === 'AT_AddColumn' && c.rewriteCause !== undefined),
    )
  );
}

/** An earlier statement of the section changes the same table: replayed alone, this one would not see what it sees. */
function dependsOnEarlier(facts: StatementFacts[], i: number): boolean {
  const table = facts[i].table?.name;
  return facts.slice(0, i).some((f) => f.ddl && relationRefs(f).some((r) => r.name === table));
}

type Replay = (statements: SectionStatement[], facts: StatementFacts[], before: KnownRelation[]) => Promise<SectionObservation>;

/**
 * For a section the pass cannot replay whole (outside a transaction, its own transaction control, CONCURRENTLY
 * beside other statements): each ALTER TABLE whose effect depends on the catalog, and on a table no earlier statement
 * of the section changes, is replayed alone in a rolled-back transaction on the database as it is before the file,
 * so its rewrite, scan and locks are seen instead of guessed. A replay that fails keeps the statement's prediction.
 */
export async function decidedAlone(
  session: Session,
  statements: SectionStatement[],
  facts: StatementFacts[],
  observation: SectionObservation,
  replay: Replay,
  options: { seedData?: boolean; limits: { statementMs: number } },
): Promise<SectionObservation> {
  const client = session.client;
  const out = [...observation.statements];
  for (const [i, s] of statements.entries()) {
    if (!catalogDecides(facts[i]) || dependsOnEarlier(facts, i)) continue;
    await client.query('BEGIN');
    try {
      if (options.limits.statementMs > 0) await client.query(`SET LOCAL statement_timeout = ${Math.round(options.limits.statementMs)}`);
      const before = await userRelations(client, session.versionTable.qualifiedName);
      if (options.seedData !== false) await withoutRows(client, before);
      const [seen] = (await replay([s], [facts[i]], before)).statements;
      if (!seen.failed) out[i] = seen;
    } catch {
      // The prediction stands: observation never costs the real run.
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  }
  return { ...observation, statements: out };
}
