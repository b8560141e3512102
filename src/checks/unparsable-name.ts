import { defineCheck } from './check';

export const unparsableName = defineCheck({
  id: 'unparsable-name',
  severity: 'error',
  summary: 'A file looks like a migration but golang-migrate would silently skip it.',
  needs: [],
  run: ({ set }) =>
    set.skipped.map((file) => ({
      check: 'unparsable-name',
      severity: 'error',
      file: file.path,
      line: 1,
      message: `golang-migrate silently skips ${file.name}: ${file.reason}`,
      hint: 'Rename it to VERSION_title.up.sql or VERSION_title.down.sql (lower-case up/down, an underscore after the version).',
    })),
});
