import { bodyText } from '../../formats/migration-set';
import { sessionSettings, splitStatements } from '../../sql/text';
import type { MigrationTrace } from '../trace';

/**
 * A later segment starts from its prefix applied up once. That is the state the
 * sequential run reaches only when every earlier migration's check left the
 * database as its up did: no failed or refused step, no rebuild, no schema
 * difference, no lost rows, no session setting a down changed. Undefined when
 * that holds for `traces`; else the first reason it does not, in words.
 */
export function whyPrefixDiffers(traces: readonly MigrationTrace[]): string | undefined {
  for (const t of traces) {
    const v = t.migration.versionText;
    const steps = [t.up, t.down, t.reup];
    const bad = steps.find((s) => s.status === 'failed' || s.status === 'refused');
    if (bad) return `${v} has a ${bad.status} step`;
    if (t.rebuilt) return `the scratch database was rebuilt at ${v}`;
    if (t.downDiff?.length || t.reupDiff?.length) return `${v} leaves schema differences`;
    const data = t.data;
    if (data && (data.losses.length || data.upFailure || data.downFailure || data.reupFailure)) return `${v} changes seeded rows`;
    if (t.down.status === 'ok' && t.down.file && setsSession(bodyText(t.down.file))) return `${v} down changes session settings`;
  }
  return undefined;
}

/** SET or RESET of a session setting, which the sequential run's single connection keeps after the down. */
function setsSession(text: string): boolean {
  return /\b(SET|RESET)\b/i.test(text) && sessionSettings(splitStatements(text)).length > 0;
}
