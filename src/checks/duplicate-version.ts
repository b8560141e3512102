import { baseFileNamed, nextFreeVersion } from './applied';
import type { Check } from './check';

export const duplicateVersion: Check = {
  id: 'duplicate-version',
  severity: 'error',
  summary: 'Two files have the same version and direction; golang-migrate refuses to load the directory.',
  needs: 'files',
  run: (context) =>
    context.set.duplicates.flatMap((dup) => {
      // With a base, the merged file keeps the version and the newcomer is the one to move.
      const merged = context.base ? dup.files.filter((f) => baseFileNamed(context.base!, f.name)) : [];
      const kept = merged[0] ?? dup.files[0];
      return dup.files.filter((f) => f !== kept).map((file) => ({
        check: 'duplicate-version',
        severity: 'error' as const,
        file: file.path,
        line: 1,
        version: file.versionText,
        message: `${file.name} has the same version and direction (${dup.version} ${dup.direction}) as ${kept.name}; golang-migrate fails to load the directory ("duplicate migration file")`,
        hint: merged.includes(kept)
          ? `${kept.name} is already merged at ${context.base!.label}: two changes each added version ${file.versionText} and collided once one was merged. Renumber ${file.name} to ${nextFreeVersion(context, file.versionText.length)}.`
          : `Give one of them the next free version, ${nextFreeVersion(context, file.versionText.length)}. Two branches that each added this version collide once both are merged.`,
      }));
    }),
};
