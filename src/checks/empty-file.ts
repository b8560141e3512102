import { sectionLine } from '../formats/migration-set';
import { hasNoStatements, isBlank } from '../sql/text';
import { defineCheck } from './check';

export const emptyFile = defineCheck({
  id: 'empty-file',
  severity: 'warning',
  summary: 'A migration file is empty or holds only comments, so it changes nothing.',
  needs: [],
  run: ({ set }) =>
    set.files
      .filter((f) => hasNoStatements(f.text))
      .map((f) => ({
        check: 'empty-file',
        severity: 'warning' as const,
        file: f.path,
        line: sectionLine(f),
        version: f.versionText,
        message: isBlank(f.text)
          ? `${f.name} is empty: golang-migrate skips it and records version ${f.versionText} ${f.direction === 'up' ? 'applied' : 'rolled back'} anyway`
          : `${f.name} holds only comments: it runs but changes nothing`,
        hint: f.direction === 'down'
          ? 'Write the statements that undo the up file, or delete the down file and accept that this version cannot be rolled back.'
          : 'Delete the file or write the migration.',
      })),
});
