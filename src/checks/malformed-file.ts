import { defineCheck } from './check';

/** goose and dbmate read annotations inside the file; a file they cannot parse stops the whole run before anything is applied. */
export const malformedFile = defineCheck({
  id: 'malformed-file',
  severity: 'error',
  summary: 'The tool refuses to load a migration file (e.g. a section marker it requires is missing).',
  needs: [],
  run: ({ set }) =>
    set.malformed.map((f) => ({
      check: 'malformed-file',
      severity: 'error' as const,
      file: f.path,
      line: f.line,
      version: f.versionText,
      message: `${set.format.words.label} refuses ${f.name}: ${f.reason}; \`${set.format.words.upCommand}\` stops at this file, leaving every later migration unapplied`,
      hint: `Fix the file's annotations: ${set.format.words.label} parses a file when it is about to run it.`,
    })),
});
