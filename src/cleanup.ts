/**
 * Everything a run creates outside its own memory (clusters, temp dirs,
 * scratch databases and url mode's temporary role) registers its removal here, so that it happens on every
 * exit path: normal return, thrown error, and runner cancellation (SIGINT/SIGTERM).
 */
type Task = { name: string; async: () => Promise<void>; sync?: () => void };

const tasks = new Set<Task>();
let signalsHooked = false;
const stopper = new AbortController();

/**
 * Aborted (reason: the signal's name) as soon as SIGINT or SIGTERM arrives, before the cleanups run: from then on a
 * failing query is the cleanup's doing (it stops the server, drops the scratch database), not a migration's. The engine
 * checks it, so that a cancelled run ends as cancelled, without a finding.
 */
export const stopping: AbortSignal = stopper.signal;

export function onCleanup(name: string, async: () => Promise<void>, sync?: () => void): () => void {
  const task = { name, async, sync };
  tasks.add(task);
  hookSignals();
  return () => tasks.delete(task);
}

/** Runs every registered cleanup, newest first; never throws. */
export async function cleanupAll(): Promise<void> {
  for (const task of [...tasks].reverse()) {
    tasks.delete(task);
    try {
      await task.async();
    } catch {
      task.sync?.();
    }
  }
}

/** How long the cleanups may take after a signal before the process exits anyway (a server that stopped answering). */
const FALLBACK_MS = 10_000;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      stopper.abort(signal);
      process.stderr.write(`migration-guard: received ${signal}, cleaning up\n`);
      // The last word says which way the run ended: every cleanup done, or the fallback cut them short.
      const timer = setTimeout(() => {
        process.stderr.write(`migration-guard: cleanup did not finish within ${FALLBACK_MS / 1000} s; exiting (a later run removes what is left)\n`);
        process.exit(code);
      }, FALLBACK_MS);
      timer.unref();
      void cleanupAll().finally(() => {
        process.stderr.write('migration-guard: cleaned up\n');
        process.exit(code);
      });
    });
  }
  // Last resort when the process exits without awaiting the cleanups.
  process.once('exit', () => {
    for (const task of tasks) task.sync?.();
  });
}
