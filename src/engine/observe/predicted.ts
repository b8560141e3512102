import type { LockMode, RelationRef, StatementFacts } from './types';

/**
 * What PostgreSQL would lock, rewrite and scan for a statement, from its
 * facts alone: the static part of the rules, for sections that cannot be
 * observed (their own transaction control, CONCURRENTLY, no transaction).
 * Deliberately narrower than observation: only what the grammar decides.
 */
const WEAK_ALTERS = new Set([
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_AttachPartition',
]);
const WRITE_BLOCKING_ALTERS = new Set(['AT_AddConstraint', 'AT_EnableTrig', 'AT_DisableTrig', 'AT_EnableAlwaysTrig', 'AT_EnableReplicaTrig']);

export function predictedLocks(facts: StatementFacts): { relation: RelationRef; mode: LockMode }[] {
  const out: { relation: RelationRef; mode: LockMode }[] = [];
  const { table } = facts;
  switch (facts.kind) {
    case 'IndexStmt':
      if (table && !facts.concurrent) out.push({ relation: table, mode: 'ShareLock' });
      break;
    case 'CreateTrigStmt':
      if (table) out.push({ relation: table, mode: 'ShareRowExclusiveLock' });
      break;
    case 'AlterTableStmt': {
      if (!table) break;
      const subtypes = (facts.commands ?? []).map((c) => c.subtype);
      // ADD COLUMN takes ACCESS EXCLUSIVE whatever it references: only ADD CONSTRAINT ... FOREIGN KEY is weaker.
      const onlyFks = (facts.commands ?? []).every(
        (c) => (c.subtype === 'AT_AddConstraint' && c.constraint === 'foreign key') || WEAK_ALTERS.has(c.subtype),
      );
      const mode: LockMode = subtypes.every((s) => WEAK_ALTERS.has(s))
        ? 'ShareUpdateExclusiveLock'
        : onlyFks || subtypes.every((s) => WRITE_BLOCKING_ALTERS.has(s) || WEAK_ALTERS.has(s))
          ? 'ShareRowExclusiveLock'
          : 'AccessExclusiveLock';
      out.push({ relation: table, mode });
      break;
    }
    case 'RenameStmt':
    case 'ClusterStmt':
      if (table) out.push({ relation: table, mode: 'AccessExclusiveLock' });
      break;
    case 'DropStmt':
      for (const r of facts.drops ?? []) out.push({ relation: r, mode: 'AccessExclusiveLock' });
      break;
  }
  for (const fk of facts.foreignKeys ?? []) out.push({ relation: fk.parent, mode: 'ShareRowExclusiveLock' });
  return out;
}

/** A scan the grammar makes certain: constraints added without NOT VALID or USING INDEX, SET NOT NULL. */
export function predictedScan(facts: StatementFacts): boolean {
  return (facts.commands ?? []).some((c) => c.subtype === 'AT_SetNotNull' || (c.constraint !== undefined && !c.notValid && !c.usingIndex));
}

/** A rewrite the grammar makes certain (a type change may keep the file: that needs observation). */
export function predictedRewrite(facts: StatementFacts): string | undefined {
  if (facts.rewriteCause) return facts.rewriteCause;
  return (facts.commands ?? []).find((c) => c.rewriteCause && c.subtype !== 'AT_AlterColumnType')?.rewriteCause;
}
