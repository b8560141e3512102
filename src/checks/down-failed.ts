import { defineCheck } from './check';
import { consequencesOf } from '../check-support/failure-consequences';
import { failedOnItsOwn, stepFailure } from '../check-support/step-failure';

export const downFailed = defineCheck({
  id: 'down-failed',
  severity: 'error',
  summary: 'A down fails on PostgreSQL right after its up, as it would when the tool rolls it back.',
  needs: ['run'],
  run: ({ set, run }) => {
    const consequences = consequencesOf(run); // those are not-checked-after-failure's
    return run.traces
      .filter((t) => failedOnItsOwn(t.down) && !consequences.has(t.down))
      .map((t) => stepFailure('down-failed', 'down', t, t.down, set.format.words, run));
  },
});
