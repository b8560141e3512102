import type { Check } from './check';

export const duplicateVersion: Check = {
  id: 'duplicate-version',
  severity: 'error',
  summary: 'Two files have the same version and direction; golang-migrate refuses to load the directory.',
  needs: 'files',
  run: ({ set }) =>
    set.duplicates.flatMap((dup) =>
      dup.files.slice(1).map((file) => ({
        check: 'duplicate-version',
        severity: 'error' as const,
        file: file.path,
        line: 1,
        version: file.versionText,
        message: `${file.name} has the same version and direction (${dup.version} ${dup.direction}) as ${dup.files[0].name}; golang-migrate fails to load the directory ("duplicate migration file")`,
        hint: 'Give one of them the next free version. Two branches that each added this version collide once both are merged.',
      })),
    ),
};
