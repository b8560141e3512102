import { defineCheck } from './check';
import { consequencesOf } from '../check-support/failure-consequences';
import { missingExtensionOf } from '../check-support/extension-error';
import { preconditionFailures } from '../check-support/precondition-error';
import { failedOnItsOwn, stepFailure } from '../check-support/step-failure';

export const upFailed = defineCheck({
  id: 'up-failed',
  severity: 'error',
  summary: 'An up fails on PostgreSQL, as it would when the tool applies it.',
  needs: ['run'],
  run: ({ set, run }) => {
    // A failure that follows from an earlier one is not-checked-after-failure's; a missing extension is missing-extension's.
    // A role or schema no migration creates is missing-precondition's.
    const consequences = consequencesOf(run);
    const preconditions = preconditionFailures(set, run);
    return run.traces
      .filter((t) => failedOnItsOwn(t.up) && !consequences.has(t.up) && !missingExtensionOf(t.up) && !preconditions.has(t))
      .map((t) => stepFailure('up-failed', 'up', t, t.up, set.format.words, run));
  },
});
