import { defineCheck } from './check';
import { driftFindings } from '../check-support/drift-findings';

export const driftExtra = defineCheck({
  id: 'drift-extra',
  severity: 'warning',
  summary: 'The deployed database holds an object no migration creates (a hand-made index, ORM leftovers).',
  needs: ['deployed'],
  run: ({ deployed }) => driftFindings('drift-extra', 'extra', deployed),
});
