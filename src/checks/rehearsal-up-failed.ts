import { defineCheck } from './check';
import { rehearsed, stepFailure } from '../check-support/rehearsal-step-failure';

export const rehearsalUpFailed = defineCheck({
  id: 'rehearsal-up-failed',
  severity: 'error',
  summary: "A pending migration's up fails on the rehearsal copy of production (real rows), though it may pass on empty tables.",
  needs: ['deployed'],
  run: ({ deployed }) =>
    rehearsed(deployed).flatMap((r) => [
      ...stepFailure('rehearsal-up-failed', deployed, r, r.up, 'up'),
      ...stepFailure('rehearsal-up-failed', deployed, r, r.reup, 'up'),
    ]),
});
