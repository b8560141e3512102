import type { Client } from 'pg';
import type { MigrationFile } from '../migrations/migration-set';
import { sessionEnded, type PgError } from './errors';
import { isBlank, lineOfOffset, managesOwnTransaction, positionToLineColumn, splitStatements, type Statement } from '../migrations/sql-text';

export interface SqlError {
  message: string;
  /** SQLSTATE, e.g. 42P01. */
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
  line?: number;
  column?: number;
  /** The file opens or commits transactions itself, so work before the error may have been committed. */
  ownTransaction: boolean;
  /** The session to PostgreSQL did not survive the error (terminated backend, server gone). */
  connectionLost?: boolean;
  /** The file ran past a time limit and was cancelled (set by the engine, which owns the limits). */
  timeout?: { limit: 'statement' | 'lock' | 'run'; ms: number };
}

export type FileOutcome =
  | { ok: true; ms: number; sent: boolean }
  | { ok: false; ms: number; error: SqlError };

/**
 * What PostgreSQL answers for bytes it cannot take as a query, without
 * sending them (node-pg can only send valid UTF-8; a NUL would end the query
 * string early and break the protocol exchange).
 */
export function unsendableError(file: MigrationFile): SqlError | undefined {
  const problem = file.unsendable;
  if (!problem) return undefined;
  const { line, column } = positionToLineColumn(file.text, [...file.text.slice(0, problem.offset)].length + 1) ?? { line: 1, column: 1 };
  return problem.kind === 'invalid-utf8'
    ? {
      message: `invalid byte sequence for encoding "UTF8": ${problem.bytes} (migration-guard did not send the file: PostgreSQL rejects these bytes before running anything)`,
      code: '22021', line, column, ownTransaction: false,
      hint: 'Save the file as UTF-8; PostgreSQL and golang-migrate (lib/pq) speak UTF-8.',
    }
    : {
      message: 'the file contains a NUL byte (is it a binary file?): a query string cannot hold one, and PostgreSQL rejects the message (migration-guard did not send it)',
      code: '08P01', line, column, ownTransaction: false,
      hint: 'Migration files must be SQL text.',
    };
}

/**
 * Runs a migration file as golang-migrate's postgres driver does: skipped if
 * whitespace only, otherwise the whole text as ONE simple-protocol query, so
 * PostgreSQL wraps it in one implicit transaction unless it has its own
 * BEGIN/COMMIT, and statements that refuse transaction blocks fail as in production.
 */
export async function runMigrationFile(client: Client, text: string): Promise<FileOutcome> {
  const started = performance.now();
  if (isBlank(text)) return { ok: true, ms: 0, sent: false };
  try {
    // A query without parameters goes over the simple query protocol, as lib/pq's Exec does.
    await client.query(text);
    return { ok: true, ms: performance.now() - started, sent: true };
  } catch (raw) {
    const ms = performance.now() - started;
    const e = raw as PgError;
    const statements = splitStatements(text);
    const error: SqlError = {
      message: e.message,
      code: e.code,
      detail: e.detail || undefined,
      hint: e.hint || undefined,
      where: e.where || undefined,
      ownTransaction: managesOwnTransaction(statements),
      connectionLost: sessionEnded(e),
    };
    if (error.connectionLost) return { ok: false, ms, error };
    // A file with its own BEGIN leaves the session in an aborted transaction.
    await client.query('ROLLBACK').catch(() => undefined);
    const at = e.position ? positionToLineColumn(text, Number(e.position)) : await locateStatement(client, text, statements, error);
    if (at) Object.assign(error, at);
    return { ok: false, ms, error };
  }
}

/** Statements that PostgreSQL refuses inside a transaction block (SQLSTATE 25001). */
const NO_TRANSACTION_BLOCK = /\bCONCURRENTLY\b|^(VACUUM|CREATE DATABASE|DROP DATABASE|CREATE TABLESPACE|DROP TABLESPACE|ALTER SYSTEM|REINDEX (SYSTEM|DATABASE)|CREATE SUBSCRIPTION|DROP SUBSCRIPTION)\b/i;

/**
 * Errors raised while executing (not parsing) carry no position. Find the
 * statement that failed: the one statement, the one that cannot run in a
 * transaction block, or by replaying the file statement by statement inside
 * a transaction that is rolled back, trusting the answer only when the
 * replay fails with the same error.
 */
async function locateStatement(client: Client, text: string, statements: Statement[], error: SqlError): Promise<{ line: number; column: number } | undefined> {
  const at = (s: Statement) => withPlpgsqlLine(text, s, error.where) ?? { line: s.line, column: columnOf(text, s.start) };
  if (statements.length === 1) return at(statements[0]);
  if (error.code === '25001') {
    const s = statements.find((x) => NO_TRANSACTION_BLOCK.test(x.text));
    return s && at(s);
  }
  // Replaying a cancelled sleep or a lock wait would only wait again.
  if (error.ownTransaction || statements.length === 0 || error.code === '57014' || error.code === '55P03') return undefined;
  try {
    await client.query('BEGIN');
    for (const s of statements) {
      try {
        await client.query(text.slice(s.start, s.end));
      } catch (replayed) {
        const r = replayed as PgError;
        return r.code === error.code && r.message === error.message ? at(s) : undefined;
      }
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
  }
}

/** A DO block's runtime error says "PL/pgSQL function inline_code_block line N": N counts from the body's opening quote. */
function withPlpgsqlLine(text: string, s: Statement, where?: string): { line: number; column: number } | undefined {
  const n = where && /inline_code_block line (\d+)/.exec(where);
  if (!n) return undefined;
  const body = /\$[A-Za-z_]*\$/.exec(text.slice(s.start, s.end));
  if (!body) return undefined;
  const line = lineOfOffset(text, s.start + body.index) + Number(n[1]) - 1;
  const lineStart = text.split('\n')[line - 1] ?? '';
  return { line, column: lineStart.length - lineStart.trimStart().length + 1 };
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return [...text.slice(lineStart, offset)].length + 1;
}
