import { defineCheck } from './check';
import { rehearsed, stepFailure } from '../check-support/rehearsal-step-failure';

export const rehearsalDownFailed = defineCheck({
  id: 'rehearsal-down-failed',
  severity: 'error',
  summary: "A pending migration's down fails on the rehearsal copy of production (real rows): a rollback would fail there.",
  needs: ['deployed'],
  run: ({ deployed }) => rehearsed(deployed).flatMap((r) => stepFailure('rehearsal-down-failed', deployed, r, r.down, 'down')),
});
