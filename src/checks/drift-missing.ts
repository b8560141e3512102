import { defineCheck } from './check';
import { driftFindings } from '../check-support/drift-findings';

export const driftMissing = defineCheck({
  id: 'drift-missing',
  severity: 'error',
  summary: 'An object the migrations create is not in the deployed database (target-database-url).',
  needs: ['deployed'],
  run: ({ deployed }) => driftFindings('drift-missing', 'missing', deployed),
});
