import type { EngineRun } from '../engine/trace';
import type { Finding } from '../findings';
import { fixAttempts, offerFixes } from '../fixes';
import type { MigrationSet } from '../formats/migration-set';
import type { Logger } from '../log';
import { InfrastructureError } from '../servers/provider';
import { engineOptions, type ScratchLease, type ScratchRequest } from './scratch-run';
import { startScratchServer } from './target';

/**
 * Verified fixes (fixes: true): for each finding of the change a fix is known for, the fix is written, run on a
 * scratch server at the same state, and kept only when it removes the finding and brings nothing new. Returns the
 * findings that changed (a fix, or a hint saying why none is offered), keyed by the judged finding they replace.
 */
export async function fixesPhase(
  request: ScratchRequest & { findings: readonly Finding[]; run: EngineRun; set: MigrationSet; lease?: ScratchLease },
  log: Logger,
): Promise<Map<Finding, Finding>> {
  const { settings, findings, run, set, scope } = request;
  const attempts = fixAttempts(findings, { set, run }, scope.change);
  if (!attempts.some((a) => a.candidate)) return offerFixes(attempts, undefined);
  return log.group('Trying fixes on a scratch database', async () => {
    try {
      // The check's server, still up, with the state the trials start from; a server of its own when the check's is gone.
      const { lease } = request;
      const server =
        lease?.server ??
        (await startScratchServer(settings, request.target, (m) => {
          log.info(m);
        }));
      try {
        const engine = engineOptions(request, server.provider === 'url', log);
        const replaced = await offerFixes(attempts, { set, run, server, engine, disabled: settings.disabled, start: lease?.start });
        const offered = [...replaced.values()].filter((f) => f.fix).length;
        log.info(`${offered} of ${attempts.length} fix(es) verified and offered`);
        return replaced;
      } finally {
        if (!lease) await server.stop();
      }
    } catch (error) {
      if (!(error instanceof InfrastructureError)) throw error;
      log.warning(`no fixes offered: ${error.message}`);
      return new Map<Finding, Finding>();
    }
  });
}
