import type { StepResult } from './trace';

const PREPARE = /\bPREPARE\s+TRANSACTION\b/i;

/**
 * A step whose file left prepared transactions (`gids`, rolled back already): it failed, whatever PostgreSQL answered.
 * PREPARE TRANSACTION succeeds, so the tool records the step as done, yet nothing of that transaction is committed,
 * and the transaction outlives the session: it keeps its locks, keeps its database from being dropped and holds back
 * vacuum on the whole server until someone ends it by hand (COMMIT PREPARED or ROLLBACK PREPARED in that database).
 */
export function leftPrepared(result: StepResult, gids: string[], tool: string): StepResult {
  const names = gids.map((g) => `'${g}'`).join(', ');
  const left =
    `it left the prepared transaction${gids.length > 1 ? 's' : ''} ${names} (PREPARE TRANSACTION): nothing done in ${gids.length > 1 ? 'them' : 'it'} is committed, ` +
    `yet ${tool} takes the step as done, and a prepared transaction outlives the session: it holds its locks, keeps the database from being dropped ` +
    'and holds back vacuum on the whole server until someone runs COMMIT PREPARED or ROLLBACK PREPARED in that database (migration-guard rolled it back)';
  const file = result.file;
  const offset = file ? file.text.search(PREPARE) : -1;
  const line = offset >= 0 && file ? file.text.slice(0, offset).split('\n').length : undefined;
  const before = result.status === 'failed' && result.error ? result.error : undefined;
  return {
    ...result,
    status: 'failed',
    error: {
      ...before,
      message: before ? `${before.message}; and ${left}` : left,
      line: before?.line ?? line,
      column: before?.line ? before.column : undefined,
      ownTransaction: false,
      hint: 'End the transaction with COMMIT instead: two-phase commit belongs to a transaction manager that coordinates several databases, not to a migration.',
    },
  };
}
