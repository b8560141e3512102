import { meaningful } from './down-incomplete';
import { defineCheck } from './check';
import { failedOnItsOwn, stepFailure } from './step-failure';

export const reupFailed = defineCheck({
  id: 'reup-failed',
  severity: 'error',
  summary: 'An up file fails when run again after its down, so a rollback cannot be rolled forward.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      // After an incomplete down the failure is that down's fault; down-incomplete reports both.
      .filter((t) => failedOnItsOwn(t.reup) && meaningful(t.downDiff).length === 0)
      .map((t) => stepFailure('reup-failed', 'up (run again after its down)', t, t.reup)),
});
