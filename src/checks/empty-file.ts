import { hasNoStatements, isBlank } from '../migrations/sql-text';
import type { Check } from './check';

export const emptyFile: Check = {
  id: 'empty-file',
  severity: 'warning',
  summary: 'A migration file is empty or holds only comments, so it changes nothing.',
  needs: 'files',
  run: ({ set }) =>
    set.files
      .filter((f) => hasNoStatements(f.text))
      .map((f) => ({
        check: 'empty-file',
        severity: 'warning' as const,
        file: f.path,
        line: 1,
        version: f.versionText,
        message: isBlank(f.text)
          ? `${f.name} is empty: golang-migrate skips it and records version ${f.versionText} ${f.direction === 'up' ? 'applied' : 'rolled back'} anyway`
          : `${f.name} holds only comments: it runs but changes nothing`,
        hint: f.direction === 'down'
          ? 'Write the statements that undo the up file, or delete the down file and accept that this version cannot be rolled back.'
          : 'Delete the file or write the migration.',
      })),
};
