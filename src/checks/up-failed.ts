import { defineCheck } from './check';
import { failedOnItsOwn, stepFailure } from './step-failure';

export const upFailed = defineCheck({
  id: 'up-failed',
  severity: 'error',
  summary: 'An up file fails on PostgreSQL, as `migrate up` would.',
  needs: ['run'],
  run: ({ run }) => run.traces.filter((t) => failedOnItsOwn(t.up)).map((t) => stepFailure('up-failed', 'up', t, t.up)),
});
