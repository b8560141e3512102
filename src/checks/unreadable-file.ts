import { defineCheck } from './check';

/** A migration the tool would read but migration-guard will not (a symlink out of the repository) or cannot. */
export const unreadableFile = defineCheck({
  id: 'unreadable-file',
  severity: 'error',
  summary:
    'A migration file is a symbolic link out of the repository, a broken link or loop, not a regular file (a FIFO), or cannot be read; it is not checked.',
  needs: [],
  run: ({ set }) =>
    set.refused.map((file) => ({
      check: 'unreadable-file',
      severity: 'error' as const,
      file: file.path,
      message: `${file.name} is not checked: ${file.reason}`,
      hint:
        file.hint ??
        'Migrations should be regular files in the repository, so that what is reviewed is what runs. Replace the link with the file itself.',
    })),
});
