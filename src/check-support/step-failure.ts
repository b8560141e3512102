import type { Finding } from '../findings';
import type { EngineRun, MigrationTrace, StepResult } from '../engine/trace';
import type { ToolWords } from '../formats/format';
import { bodyText, type MigrationFile } from '../formats/migration-set';
import { renderedEvidence, type RenderedKind } from '../formats/rendered';
import { statementsOf, type Statement } from '../sql/text';
import { aboutObjects } from './failure-consequences';
import { newerPostgresHint } from './newer-postgres-hint';

/** Why a statement that cannot run in a transaction block ran in one, and the tool's way out, for the file as it was sent. */
function transactionBlockHint(words: ToolWords, file: MigrationFile): string {
  const said = words.transactionBlock[file.execution.transaction];
  if (said) return said.replace('{marker}', words.sectionMarkers?.[file.direction] ?? '');
  return `${words.sendsSection}, which PostgreSQL ran inside a transaction block; run statements such as CREATE INDEX CONCURRENTLY outside one (${words.outsideTransaction}).`;
}

/**
 * Why work before the error stays applied, in the tool's words: a section it runs without a transaction (goose's
 * `-- +goose NO TRANSACTION`, dbmate's `transaction:false`), or a file with its own BEGIN/COMMIT; then what the tool
 * leaves (golang-migrate: dirty; goose and dbmate: half-migrated, with no version recorded).
 */
function committedBefore(file: MigrationFile, words: ToolWords): string {
  const why =
    file.execution.transaction === 'none'
      ? `${words.label} runs this section without a transaction (\`${words.outsideTransaction}\`), each statement committing on its own`
      : 'This file runs its own BEGIN/COMMIT';
  return `${why}, so statements committed before the error stay applied and ${words.label} leaves the database ${words.afterFailure}.`;
}

/** A step that failed on its own, not because a time limit cancelled it (that is the `timeout` check's). */
export function failedOnItsOwn(step: StepResult): boolean {
  return step.status === 'failed' && !step.error?.timeout;
}

/** The finding for a file PostgreSQL rejected, at the line and column the server pointed to. */
export function stepFailure(
  check: string,
  what: string,
  trace: MigrationTrace,
  step: StepResult,
  words: ToolWords,
  run?: Pick<EngineRun, 'postgresVersion' | 'postgresVersionReason'>,
): Finding {
  const { error: e, file } = step;
  // Callers pass failed steps (failedOnItsOwn), which always carry the error and the file that ran.
  if (!e || !file) throw new Error(`${trace.migration.versionText} ${what}: a failed step without its error or file cannot be reported`);
  const where = e.line ? ` at line ${e.line}` : '';
  let message = `${trace.migration.versionText} ${what} failed${where}: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}`;
  // PostgreSQL ends a detail with a period (`Failing row contains (...).`); the sentences after it bring their own.
  if (e.detail) message += `. Detail: ${e.detail.replace(/\.+$/, '')}`;
  if (e.code === DISK_FULL) message += '. The disk of the PostgreSQL server is full (SQLSTATE 53100 disk_full)';
  if (e.connectionLost)
    message += '. The connection to PostgreSQL was lost while this file ran (it may terminate its own session or stop the server).';
  if (e.ownTransaction) message += `. ${committedBefore(file, words)}`;
  // Failures that follow from the earlier one are not-checked-after-failure's; this one names nothing that file makes,
  // which is worth saying only where a reader could suspect the link (a missing or existing object, not a typo).
  if (trace.afterFailedUp && aboutObjects(e.code)) message += ` (${trace.afterFailedUp} failed earlier, but nothing it makes is named here)`;
  if (step.sessionState?.length) {
    message += `. Earlier files changed the session, and ${words.sharedSession}, so this still applies here: ${step.sessionState.join('; ')}`;
  }
  const blockHint =
    e.code !== '25001'
      ? undefined
      : /from a function/.test(e.message)
        ? 'This statement cannot run inside a function or DO block at all; it must be a plain statement, alone in its migration file.'
        : transactionBlockHint(words, file);
  const statement = e.line ? (statementAt(file.text, e.line)?.text ?? '') : '';
  const versionHint = run && newerPostgresHint(e, statement, run.postgresVersion, run.postgresVersionReason);
  // A file written for another database (or a template) among PostgreSQL ones fails here on its own: say what was seen.
  // Only a syntax error can come from it (SQLSTATE 42601): PostgreSQL rejects these signs while parsing.
  const foreign = e.code === '42601' ? renderedEvidence(file.name, bodyText(file)) : undefined;
  if (foreign) message += `. ${FOREIGN[foreign.kind]}: ${foreign.evidence}`;
  const foreignHint = foreign && FOREIGN_HINT[foreign.kind];
  const serverHint =
    e.code === '55000' && /prepared transactions are disabled/.test(e.message) ? PREPARED_DISABLED : e.code === DISK_FULL ? DISK_FULL_HINT : e.hint;
  const hints = [serverHint, blockHint, versionHint, foreignHint, ...inputHints(file.text, words, e.line)].filter(Boolean);
  return {
    check,
    severity: 'error',
    file: file.path,
    line: e.line ?? 1,
    column: e.column,
    endLine: e.line ? statementEndLine(file.text, e.line) : undefined,
    version: trace.migration.versionText,
    message,
    hint: hints.length ? hints.join(' ') : undefined,
  };
}

/** disk_full: the server could not write; PostgreSQL's own hint is "Check free disk space.". */
const DISK_FULL = '53100';
const DISK_FULL_HINT =
  'The server ran out of disk space while this file ran. Free space where it keeps its data (for the local and embedded providers: ' +
  "/dev/shm or TMPDIR, where migration-guard's throw-away clusters live) and run again; if the file itself writes that much, make sure production has the room.";

/** Instead of PostgreSQL's "Set max_prepared_transactions to a nonzero value.": the file, not the server, is what to change. */
const PREPARED_DISABLED =
  "PREPARE TRANSACTION fails wherever max_prepared_transactions is 0 (PostgreSQL's default, and the throw-away server's); where it is allowed, " +
  'the migration leaves a transaction that outlives its session, keeps its locks and holds back vacuum on the whole server until someone ends it by hand. ' +
  'End the transaction with COMMIT instead.';

const FOREIGN: Record<RenderedKind, string> = {
  'other-dialect': 'The file is written for another database, not PostgreSQL',
  template: 'The file is a template the application renders before it runs',
  'other-language': 'The file is not SQL',
};

const FOREIGN_HINT: Record<RenderedKind, string> = {
  'other-dialect':
    'Write it in PostgreSQL: double quotes (or none) around identifiers instead of backquotes, identity or bigserial instead of AUTO_INCREMENT, bytea and text instead of BLOB types.',
  template: 'Render it the way the application does, or write the SQL it renders to.',
  'other-language': 'Keep only SQL files under names the tool runs.',
};

/** What in the file itself explains the error: psql-only syntax, a byte order mark. */
function inputHints(text: string, words: ToolWords, line?: number): string[] {
  const hints: string[] = [];
  const failingLine = line ? (text.split('\n')[line - 1]?.trim() ?? '') : '';
  if (failingLine.startsWith('\\')) {
    hints.push(
      `\`${failingLine.split(/\s/)[0]}\` is a psql meta-command, not SQL: ${words.label} sends the file to the server as it is, and the server rejects it. Keep migrations to plain SQL.`,
    );
  }
  if (/\bCOPY\b[^;]*\bFROM\s+STDIN\b/i.test(text)) {
    hints.push(
      `COPY ... FROM stdin with inline data is psql syntax: ${words.sendsSection}, so the data lines are parsed as SQL. Use INSERT statements instead.`,
    );
  }
  if (text.startsWith('\uFEFF') && line === 1) {
    hints.push('The file starts with a UTF-8 byte order mark, which PostgreSQL does not skip: save it without BOM.');
  }
  return hints;
}

const lastLine = (text: string, s: Statement) => s.line + (text.slice(s.start, s.end - 1).match(/\n/g)?.length ?? 0);

/** The statement a line falls in. */
function statementAt(text: string, line: number): Statement | undefined {
  if (text.length > 1_000_000) return undefined; // not worth lexing a huge file for a highlight
  return statementsOf(text).find((s) => s.line <= line && lastLine(text, s) >= line);
}

/** Last line of the statement the error is in, so that an annotation spans the whole statement. */
function statementEndLine(text: string, line: number): number | undefined {
  const statement = statementAt(text, line);
  const end = statement && lastLine(text, statement);
  return end && end > line ? end : undefined;
}
