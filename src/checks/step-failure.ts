import type { Finding } from '../findings';
import type { MigrationTrace, StepResult } from '../engine/trace';

const TRANSACTION_BLOCK_HINT =
  'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction; ' +
  'statements such as CREATE INDEX CONCURRENTLY must be the only statement of their migration file.';

/** The finding for a file PostgreSQL rejected, at the line and column the server pointed to. */
export function stepFailure(check: string, what: string, trace: MigrationTrace, step: StepResult): Finding {
  const e = step.error!;
  const where = e.line ? ` at line ${e.line}` : '';
  let message = `${trace.migration.versionText} ${what} failed${where}: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}`;
  if (e.detail) message += `. Detail: ${e.detail}`;
  if (e.connectionLost) message += '. The connection to PostgreSQL was lost while this file ran (it may terminate its own session or stop the server).';
  if (e.ownTransaction) message += '. This file runs its own BEGIN/COMMIT, so statements committed before the error stay applied and golang-migrate leaves the database dirty.';
  if (trace.afterFailedUp) message += ` (migration ${trace.afterFailedUp} failed earlier and is not applied; this may be a consequence)`;
  const hints = [e.hint, e.code === '25001' ? TRANSACTION_BLOCK_HINT : undefined].filter(Boolean);
  return {
    check,
    severity: 'error',
    file: step.file!.path,
    line: e.line ?? 1,
    column: e.column,
    version: trace.migration.versionText,
    message,
    hint: hints.length ? hints.join(' ') : undefined,
  };
}
