import type { Client } from 'pg';
import { clusterWideReason, confinementHint } from '../sql/cluster-wide';
import { bodyText, type Migration, type MigrationFile } from '../formats/migration-set';
import { NO_VERSION, type MigrationFormat, type StepTarget, type VersionTable } from '../formats/format';
import { sessionEnded } from '../servers/errors';
import { runSection, unsendableError } from './execute';
import { withinLimits, type TimeLimits } from './time-limit';
import type { StepResult } from './trace';

/** The connection a step runs on: the engine's scratch session, schema-at's, or the rehearsal's copy of the target. */
export interface StepConnection {
  readonly client: Client;
  readonly versionTable: VersionTable;
  /** The tool whose rules the step follows (its name goes into a bookkeeping failure's message). */
  readonly format: MigrationFormat;
  /** Stops the file running on the connection (called only when `limits` are given). */
  interrupt?(how: 'cancel' | 'terminate'): Promise<void>;
}

export interface StepOptions {
  /** The step that will run next, when known: a tool whose next beforeSection writes sends that write with this record. */
  next?: StepTarget;
  /** On a shared server: refuse files that change more than the scratch database, and add the confinement hint to denials. */
  sharedServer?: boolean;
  /** The run's time limits: the file is cancelled when one expires, and its error says which. Without them it runs as long as it takes. */
  limits?: TimeLimits;
}

/** The up step of a migration. */
export const upStep = (m: Migration): StepTarget => ({ version: m.version, versionText: m.versionText, direction: 'up', previous: NO_VERSION });

/** The down step of a migration, back to `previous`, the newest version that stays applied. */
export const downStep = (m: Migration, previous: bigint): StepTarget => ({
  version: m.version,
  versionText: m.versionText,
  direction: 'down',
  previous,
});

/** The up step of a replayed migration, if it has one: what a replay announces as its next step. */
export const upOf = (m: Migration | undefined): StepTarget | undefined => (m?.up ? upStep(m) : undefined);

/**
 * One step of one migration as the tool takes it: golang-migrate records the target version dirty, runs the file, then
 * records it clean; goose and dbmate run the section and record the version inside its transaction. A missing section
 * only moves the version. What happened is the step's trace; only a lost connection in the bookkeeping is thrown.
 */
export async function applyStep(
  on: StepConnection,
  file: MigrationFile | undefined,
  target: StepTarget,
  options: StepOptions = {},
): Promise<StepResult> {
  if (file && options.sharedServer) {
    const reason = clusterWideReason(bodyText(file));
    if (reason) return { status: 'refused', ms: 0, file, reason };
  }
  const started = performance.now();
  const table = on.versionTable;
  try {
    await table.beforeSection(target);
    if (!file) {
      await table.record(target, options.next);
      return { status: 'ok', ms: performance.now() - started };
    }
    return await sendSection(on, file, target, options);
  } catch (error) {
    // The bookkeeping itself failed, e.g. the file revoked our rights on the version table.
    if (isConnectionError(error)) throw error;
    const e = error as { message: string; code?: string };
    return {
      status: 'failed',
      ms: performance.now() - started,
      file,
      error: {
        message: `${on.format.words.label}'s version bookkeeping fails after this file: ${e.message}`,
        code: e.code,
        ownTransaction: false,
      },
    };
  }
}

/** The section itself, with the version record where the tool writes it, within the time limits when there are some. */
async function sendSection(on: StepConnection, file: MigrationFile, target: StepTarget, options: StepOptions): Promise<StepResult> {
  const refused = unsendableError(file, on.format.words.label);
  if (refused) return { status: 'failed', ms: 0, file, error: refused };
  const send = () => runSection(on.client, file, () => on.versionTable.record(target, options.next));
  const { limits } = options;
  const { result: outcome, expired } = limits
    ? await withinLimits(limits, (how) => on.interrupt?.(how) ?? Promise.resolve(), send)
    : { result: await send(), expired: undefined };
  if (outcome.ok) return { status: 'ok', ms: outcome.ms, file };
  if (expired) outcome.error.timeout = expired;
  else if (limits && outcome.error.code === '55P03' && /lock timeout/.test(outcome.error.message))
    outcome.error.timeout = { limit: 'lock', ms: limits.lockMs };
  const denied = options.sharedServer ? confinementHint(outcome.error) : undefined;
  if (denied) outcome.error.hint = [outcome.error.hint, denied].filter(Boolean).join(' ');
  return { status: 'failed', ms: outcome.ms, file, error: outcome.error };
}

/** The session did not survive: a FATAL from the server, or a socket-level failure. */
export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { severity?: string; message?: string };
  // Socket-level failures carry no severity; bugs of ours neither, hence the wording test.
  return e.severity ? sessionEnded(e) : /connection|terminated|ECONNRE|EPIPE|ENOENT|socket|not queryable/i.test(e.message ?? '');
}
