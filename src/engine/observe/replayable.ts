import { bodyText, type MigrationFile } from '../../formats/migration-set';
import { clusterWideReason } from '../../sql/cluster-wide';
import { managesOwnTransaction, NO_TRANSACTION_BLOCK, statementsOf } from '../../sql/text';
import type { SectionStatement } from './statements';

/** Replaying costs a few round trips per statement: a data file of many thousand inserts is checked from its statements only. */
export const MAX_REPLAYED_STATEMENTS = 2_000;

/**
 * Why a section cannot be replayed whole in a rolled-back transaction; undefined when it can. `alone`: what only the
 * section's transaction shape prevents, so that a single statement may still be replayed on its own (observe-alone.ts).
 */
export function staticReason(
  file: MigrationFile,
  statements: SectionStatement[],
  unwrappedTransaction: boolean,
): { note: string; alone: boolean } | undefined {
  if (statements.length > MAX_REPLAYED_STATEMENTS) {
    return {
      note: `not observed: the section has ${statements.length} statements (more than ${MAX_REPLAYED_STATEMENTS}), so it was checked from its statements only`,
      alone: false,
    };
  }
  // dblink, COPY ... PROGRAM, pg_terminate_backend...: effects the rollback does not undo, and a replay could deadlock with them or run them twice.
  const outside = clusterWideReason(bodyText(file));
  if (outside)
    return {
      note: `not observed: the file ${outside}, which rolling the pass back would not undo, so it was checked from its statements only`,
      alone: false,
    };
  if (file.execution.transaction === 'none')
    return { note: 'not observed: the section runs outside a transaction, so it was checked from its statements only', alone: true };
  if (!unwrappedTransaction && managesOwnTransaction(statementsOf(bodyText(file))))
    return { note: 'not observed: the file opens or commits transactions itself, so it was checked from its statements only', alone: true };
  const alone = statements.find((s) => NO_TRANSACTION_BLOCK.test(s.text));
  if (alone)
    return {
      note: `not observed: line ${alone.line} cannot run inside a transaction block, so the file was checked from its statements only`,
      alone: true,
    };
  return undefined;
}

/**
 * The statements between a section's own BEGIN (or START TRANSACTION) and COMMIT (or END), when those two open and
 * close the whole section and no other transaction control is in it: one transaction, as the tool sends it (one
 * Exec), and as the rolled-back pass replays it. Undefined otherwise (several transactions, ROLLBACK, savepoints,
 * COMMIT AND CHAIN, a statement that does not parse): the pass could not replay those as they run.
 */
export function unwrapped(statements: SectionStatement[]): SectionStatement[] | undefined {
  if (statements.length < 2) return undefined;
  const kinds = statements.map(transactionControl);
  if (kinds[0] !== 'begin' || kinds.at(-1) !== 'commit') return undefined;
  return kinds.slice(1, -1).every((k) => k === undefined) ? statements.slice(1, -1) : undefined;
}

function transactionControl(s: SectionStatement): 'begin' | 'commit' | 'other' | undefined {
  if (!s.node) return 'other';
  const t = s.node.TransactionStmt as { kind?: string; chain?: boolean } | undefined;
  if (!t) return undefined;
  if (t.kind === 'TRANS_STMT_BEGIN' || t.kind === 'TRANS_STMT_START') return 'begin';
  return t.kind === 'TRANS_STMT_COMMIT' && !t.chain ? 'commit' : 'other';
}

/** Statements PL/pgSQL's EXECUTE runs differently from a client's query (or refuses): their sections go statement by statement. */
const CLIENT_ONLY = new Set(['CopyStmt', 'DiscardStmt', 'DeclareCursorStmt', 'FetchStmt', 'ClosePortalStmt', 'TransactionStmt']);

/** Every statement parsed (a syntax error must stop the pass where the server would), and none needs a client. */
export function replayableInOneCall(statements: SectionStatement[]): boolean {
  return statements.every((s) => {
    if (!s.node) return false;
    const [kind = 'unknown'] = Object.keys(s.node);
    if (CLIENT_ONLY.has(kind)) return false;
    const select = s.node.SelectStmt;
    return !(select && typeof select === 'object' && 'intoClause' in select);
  });
}
