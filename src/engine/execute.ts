import type { Client } from 'pg';
import type { TextRange } from '../formats/format';
import type { MigrationFile } from '../formats/migration-set';
import { sessionEnded, type PgError } from '../servers/errors';
import { sameInEveryRun } from '../servers/scratch-names';
import {
  isBlank,
  lineOfOffset,
  managesOwnTransaction,
  NO_TRANSACTION_BLOCK,
  positionToLineColumn,
  splitStatements,
  type Statement,
} from '../sql/text';

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

export type FileOutcome = { ok: true; ms: number; sent: boolean } | { ok: false; ms: number; error: SqlError };

/**
 * What PostgreSQL answers for bytes it cannot take as a query, without
 * sending them (node-pg can only send valid UTF-8; a NUL would end the query
 * string early and break the protocol exchange).
 */
export function unsendableError(file: MigrationFile, tool: string): SqlError | undefined {
  const problem = file.unsendable;
  if (!problem) return undefined;
  const { line, column } = positionToLineColumn(file.text, characters(file.text.slice(0, problem.offset)) + 1) ?? { line: 1, column: 1 };
  return problem.kind === 'invalid-utf8'
    ? {
        message: `invalid byte sequence for encoding "UTF8": ${problem.bytes} (migration-guard did not send the file: PostgreSQL rejects these bytes before running anything)`,
        code: '22021',
        line,
        column,
        ownTransaction: false,
        hint: `Save the file as UTF-8; PostgreSQL and ${tool} speak UTF-8.`,
      }
    : {
        message:
          'the file contains a NUL byte (is it a binary file?): a query string cannot hold one, and PostgreSQL rejects the message (migration-guard did not send it)',
        code: '08P01',
        line,
        column,
        ownTransaction: false,
        hint: 'Migration files must be SQL text.',
      };
}

/**
 * Runs one section as its tool does (see Execution in formats/format.ts): a
 * golang-migrate file is skipped if whitespace only, otherwise sent whole as
 * ONE simple-protocol query, so PostgreSQL wraps it in one implicit
 * transaction unless it has its own BEGIN/COMMIT; goose sends statement after
 * statement; dbmate the section in one query; both inside BEGIN ... COMMIT
 * with the version record unless the file opts out. `record` writes the
 * version table where the tool writes it.
 */
export async function runSection(client: Client, file: MigrationFile, record: () => Promise<void>): Promise<FileOutcome> {
  const started = performance.now();
  const { units, transaction } = file.execution;
  const toSend = units.filter((u) => !isBlank(file.text.slice(u.start, u.end)));
  if (toSend.length === 0 && transaction === 'implicit') return { ok: true, ms: 0, sent: false };
  let current = toSend[0] ?? file.body;
  try {
    if (transaction === 'wrapped') await client.query('BEGIN');
    for (const unit of toSend) {
      current = unit;
      // A query without parameters goes over the simple query protocol, as lib/pq's and pgx's Exec do.
      await client.query(file.text.slice(unit.start, unit.end));
    }
  } catch (raw) {
    return { ok: false, ms: performance.now() - started, error: await describeFailure(client, file, current, raw as PgError) };
  }
  const ms = performance.now() - started;
  // A failure to record is the bookkeeping's, not the file's: it propagates to the caller, which says so.
  try {
    await record();
    if (transaction === 'wrapped') await client.query('COMMIT');
  } catch (error) {
    if (transaction === 'wrapped') await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return { ok: true, ms, sent: toSend.length > 0 };
}

/** The first words of the statements managesOwnTransaction looks for: without one of them, no statement is one. */
const OWN_TRANSACTION_WORD = /\b(BEGIN|COMMIT|END|ROLLBACK|START)\b/i;

/** The server's error, placed at the file's line and column. */
async function describeFailure(client: Client, file: MigrationFile, current: TextRange, e: PgError): Promise<SqlError> {
  const { transaction } = file.execution;
  const unitText = file.text.slice(current.start, current.end);
  const connectionLost = sessionEnded(e);
  // Splitting a large file takes seconds: a lost session (a cancelled run's cleanup dropped the database under it) needs
  // the statements only when a word of transaction control is in the text at all.
  const statements = !connectionLost || OWN_TRANSACTION_WORD.test(unitText) ? splitStatements(unitText) : [];
  const error: SqlError = {
    message: sameInEveryRun(e.message),
    code: e.code,
    detail: e.detail ? sameInEveryRun(e.detail) : undefined,
    hint: e.hint ? sameInEveryRun(e.hint) : undefined,
    where: e.where ? sameInEveryRun(e.where) : undefined,
    ownTransaction:
      transaction !== 'wrapped' && (managesOwnTransaction(statements) || (transaction === 'none' && current !== file.execution.units[0])),
    connectionLost,
  };
  if (error.connectionLost) return error;
  // A wrapped section, or a file with its own BEGIN, leaves the session in an aborted transaction.
  await client.query('ROLLBACK').catch(() => undefined);
  const at = e.position
    ? positionInFile(file.text, current.start, Number(e.position))
    : shift(file.text, current.start, await locateStatement(client, unitText, statements, error));
  if (at) Object.assign(error, at);
  return error;
}

/** PostgreSQL's position counts characters of the unit sent; lines count in the whole file. */
function positionInFile(text: string, unitStart: number, position: number): { line: number; column: number } | undefined {
  const before = unitStart === 0 ? 0 : characters(text.slice(0, unitStart));
  return positionToLineColumn(text, before + position);
}

/** A line and column found inside a unit, moved to the file (only the first line's column moves). */
function shift(text: string, unitStart: number, at: { line: number; column: number } | undefined): { line: number; column: number } | undefined {
  if (!at || unitStart === 0) return at;
  const lineOfStart = lineOfOffset(text, unitStart);
  const column = at.line === 1 ? at.column + columnOf(text, unitStart) - 1 : at.column;
  return { line: at.line + lineOfStart - 1, column };
}

/**
 * Errors raised while executing (not parsing) carry no position. Find the
 * statement that failed: the one statement, the one that cannot run in a
 * transaction block, or by replaying the file statement by statement inside
 * a transaction that is rolled back, trusting the answer only when the
 * replay fails with the same error.
 */
async function locateStatement(
  client: Client,
  text: string,
  statements: Statement[],
  error: SqlError,
): Promise<{ line: number; column: number } | undefined> {
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
  return characters(text.slice(lineStart, offset)) + 1;
}

/** Length in characters (code points), as PostgreSQL counts positions and columns; JavaScript's length counts UTF-16 units. */
function characters(text: string): number {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are exactly what PostgreSQL counts, grapheme clusters are not
  return [...text].length;
}
