import type { Finding } from '../findings';
import type { MigrationTrace, StepResult } from '../engine/trace';
import { splitStatements, type Statement } from '../migrations/sql-text';

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
    endLine: e.line ? statementEndLine(step.file!.text, e.line) : undefined,
    version: trace.migration.versionText,
    message,
    hint: hints.length ? hints.join(' ') : undefined,
  };
}

/** Last line of the statement the error is in, so that an annotation spans the whole statement. */
function statementEndLine(text: string, line: number): number | undefined {
  if (text.length > 1_000_000) return undefined; // not worth lexing a huge file for a highlight
  const lastLine = (s: Statement) => s.line + (text.slice(s.start, s.end - 1).match(/\n/g)?.length ?? 0);
  const statement = splitStatements(text).find((s) => s.line <= line && lastLine(s) >= line);
  const end = statement && lastLine(statement);
  return end && end > line ? end : undefined;
}
