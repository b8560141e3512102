import { defineCheck } from './check';

export const unparsableName = defineCheck({
  id: 'unparsable-name',
  severity: 'error',
  summary: 'A file looks like a migration but the tool would not run it.',
  needs: [],
  run: ({ set }) =>
    set.skipped.map((file) => ({
      check: 'unparsable-name',
      severity: 'error',
      file: file.path,
      line: 1,
      message: `${set.format.words.label} ${set.format.words.skipsName} ${file.name}: ${file.reason}`,
      hint: set.format.words.nameRule,
    })),
});
