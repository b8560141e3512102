import { defineCheck } from './check';
import { driftFindings } from '../check-support/drift-findings';

export const driftChanged = defineCheck({
  id: 'drift-changed',
  severity: 'error',
  summary:
    'An object in the deployed database is defined differently from what the migrations make (type, default, NOT NULL, index, function body...).',
  needs: ['deployed'],
  run: ({ deployed }) => driftFindings('drift-changed', 'changed', deployed),
});
