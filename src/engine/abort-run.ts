import { clusterWideReason } from '../sql/cluster-wide';
import { bodyText, type MigrationFile } from '../formats/migration-set';
import { InfrastructureError } from '../servers/provider';
import { errorMessage } from '../servers/errors';
import { isConnectionError } from './apply-step';
import { formatDuration } from '../durations';
import type { TimeLimits } from './time-limit';
import { skipped, type EngineRun, type MigrationTrace } from './trace';

/** Thrown inside the run when its stop signal is aborted; the run ends as cancelled. */
export class Cancelled extends Error {}

/** Ends the run here when it is being cancelled: what fails from then on is not a file's doing. */
export function stopIfCancelled(stop: AbortSignal): void {
  if (stop.aborted) throw new Cancelled();
}

/** Why the run stopped at the run-timeout, and what the report covers. */
export function outOfTime(run: EngineRun, total: number, limits: TimeLimits, during: string): string {
  const begun = run.traces.filter((t) => t.up.status !== 'skipped').length;
  return `run-timeout (${formatDuration(limits.runMs ?? 0)}) reached ${during}: ${begun} of ${total} migration(s) were started; the report covers those`;
}

export function ranOutOfTime(trace: MigrationTrace): boolean {
  return [trace.up, trace.down, trace.reup].some((s) => s.error?.timeout?.limit === 'run');
}

/** What the run knew of its connection when it stopped. */
export interface LastSent {
  /** A step's connection was lost: what fails after that (reconnecting included) is the same event. */
  lost?: MigrationFile | 'unknown';
  /** The file of the latest step sent (replays included). */
  inFlight?: MigrationFile;
}

/**
 * Why the run stopped, for `aborted`: cancelled, the server went away, or another error. Whatever went wrong, what was
 * checked so far is reported (exit code 2 says the run is incomplete); steps that failed only because the connection
 * went are not blamed on their files.
 */
export function abortReason(error: unknown, run: EngineRun, total: number, stop: AbortSignal, sent: LastSent): string {
  const last = run.traces.at(-1);
  const during = last ? ` while checking ${last.migration.versionText}` : '';
  const checked = `${Math.max(0, run.traces.length - 1)} of ${total} migration(s) were fully checked; the report covers them`;
  const message = errorMessage(error);
  if (stop.aborted) {
    // The failure is the cancellation's (the cleanup stops the server under the running file): no step of it is reported.
    if (last) notBlamed(last, 'cancelled');
    return `cancelled (${String(stop.reason)})${during}; ${checked}`;
  }
  if (sent.lost || isConnectionError(error)) {
    // However reconnecting failed (connection refused, socket gone, terminated again), the event is one: the server went away.
    // A killed postmaster often lets the file that killed it finish: the connection goes at the next query, so every file
    // this migration ran is a suspect, the one whose step lost the connection first.
    const ran = last ? [last.reup, last.down, last.up].filter((st) => st.status !== 'skipped').flatMap((st) => (st.file ? [st.file] : [])) : [];
    const suspects = [...(sent.lost && sent.lost !== 'unknown' ? [sent.lost] : []), ...(sent.inFlight ? [sent.inFlight] : []), ...ran];
    const culprit = suspects.find((f) => mayStopServer(bodyText(f)));
    const why = culprit && mayStopServer(bodyText(culprit));
    // Only the file that may have stopped the server keeps its failure; steps that merely lost the connection after it get none.
    if (last) notBlamed(last, 'the server stopped while it ran', culprit);
    return (
      `the connection to PostgreSQL was lost${during} and could not be re-established ` +
      `(${why ? `a file may have stopped the server: ${culprit.versionText} ${culprit.direction} ${why}` : 'nothing in the file that ran stops a server, so no file is blamed'}): ${message}; ${checked}`
    );
  }
  return error instanceof InfrastructureError ? `${message}${during}; ${checked}` : `the run stopped${during}: ${message}; ${checked}`;
}

/** A step that failed because the connection went (cancelled run, server stopped from outside) is no finding of its file. */
function notBlamed(trace: MigrationTrace, reason: string, culprit?: MigrationFile): void {
  for (const key of ['up', 'down', 'reup'] as const) {
    if (trace[key].status === 'failed' && trace[key].error?.connectionLost && trace[key].file !== culprit) trace[key] = skipped(reason);
  }
}

/** What in a file can stop the server or end sessions: it then may have caused a lost connection (text only, an early word). */
function mayStopServer(text: string): string | undefined {
  const stops = /\bpg_ctl\b|\b(kill|pkill|killall)\b|\bpg_terminate_backend\b|\bpg_promote\b|\bPROGRAM\b/i.exec(text);
  return stops ? `uses \`${stops[0]}\`` : clusterWideReason(text);
}
