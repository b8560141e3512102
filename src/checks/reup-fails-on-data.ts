import { defineCheck } from './check';
import { dataFailure } from '../check-support/data-failure-finding';

export const reupFailsOnData = defineCheck({
  id: 'reup-fails-on-data',
  severity: 'error',
  summary: 'An up file fails when run again after its down because of the rows the down left behind (it passes when the tables are empty).',
  needs: ['run'],
  run: ({ set, run }) =>
    run.traces.flatMap((t) =>
      t.data?.reupFailure
        ? [dataFailure('reup-fails-on-data', 'up (run again after its down, on the rows the down left)', t, t.data.reupFailure, set.format.words)]
        : [],
    ),
});
