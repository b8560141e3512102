import { defineCheck } from './check';
import { dataFailure } from '../check-support/data-failure-finding';

export const upFailsOnData = defineCheck({
  id: 'up-fails-on-data',
  severity: 'error',
  summary:
    'An up file passes on empty tables but fails once the tables it touches hold rows (error when any row breaks it, warning when it depends on the values).',
  needs: ['run'],
  run: ({ set, run }) =>
    run.traces.flatMap((t) =>
      t.data?.upFailure ? [dataFailure('up-fails-on-data', 'up (on tables holding rows)', t, t.data.upFailure, set.format.words)] : [],
    ),
});
