import type { MigrationTrace } from '../engine/trace';
import type { Finding } from '../findings';
import { displayName } from '../catalog/snapshot-diff';
import { addedEnumLabels, keptExtension, meaningful } from '../check-support/down-differences';
import { defineCheck } from './check';
import { consequencesOf } from '../check-support/failure-consequences';
import { failedOnItsOwn, stepFailure } from '../check-support/step-failure';
import { upOnlyVersions } from '../check-support/up-only-directory';

export const reupFailed = defineCheck({
  id: 'reup-failed',
  severity: 'error',
  summary: 'An up file fails when run again after its down, so a rollback cannot be rolled forward.',
  needs: ['run'],
  run: ({ set, run }) => {
    const consequences = consequencesOf(run); // those are not-checked-after-failure's
    // An up left without a down on purpose (no-down-files) is never run again after a down that does nothing.
    const upOnly = upOnlyVersions(set);
    return (
      run.traces
        // After an incomplete down the failure is that down's fault; down-incomplete reports both.
        .filter((t) => failedOnItsOwn(t.reup) && !consequences.has(t.reup) && meaningful(t.downDiff).length === 0)
        .filter((t) => !upOnly.has(t.migration.version))
        .map((t) => withKeptCause(t, stepFailure('reup-failed', 'up (run again after its down)', t, t.reup, set.format.words, run)))
    );
  },
});

/** The down kept an extension or enum values on purpose (their own checks stay silent then): say so, since it is the likely cause. */
function withKeptCause(t: MigrationTrace, finding: Finding): Finding {
  const kept = (t.downDiff ?? []).flatMap((d) => {
    if (keptExtension(d)) return [`extension ${displayName(d.name)}`];
    const labels = addedEnumLabels(d);
    return labels ? [`value ${labels.join(', ')} of enum ${displayName(d.name)}`] : [];
  });
  if (!kept.length) return finding;
  const cause =
    `The down keeps ${kept.join(' and ')} (which is fine on its own); the up then fails creating it again: ` +
    'write CREATE EXTENSION IF NOT EXISTS / ALTER TYPE ... ADD VALUE IF NOT EXISTS so that it runs again after the down.';
  return { ...finding, hint: finding.hint ? `${cause} ${finding.hint}` : cause };
}
