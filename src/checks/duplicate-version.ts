import { baseFileNamed, nextFreeVersion } from '../check-support/already-applied';
import { defineCheck } from './check';

export const duplicateVersion = defineCheck({
  id: 'duplicate-version',
  severity: 'error',
  summary: 'Two files have the same version (and direction); the tool refuses to load the directory.',
  needs: [],
  // golang-migrate and goose refuse to load the directory; dbmate keeps one row per version, so one file never runs.
  stopsRun: (set) => {
    if (!set.duplicates.length) return undefined;
    const versions = [...new Set(set.duplicates.map((d) => d.files[0]?.versionText ?? d.version.toString()))].join(', ');
    return `${set.format.words.label} would not run this directory: version(s) ${versions} appear more than once (duplicate-version)`;
  },
  run: (context) =>
    context.set.duplicates.flatMap((dup) => {
      const { base } = context;
      const tool = context.set.format.words.label;
      // With a base, the merged file keeps the version and the newcomer is the one to move.
      const merged = base ? dup.files.filter((f) => baseFileNamed(base, f.name)) : [];
      const kept = merged[0] ?? dup.files[0];
      return dup.files
        .filter((f) => f !== kept)
        .map((file) => ({
          check: 'duplicate-version',
          severity: 'error' as const,
          file: file.path,
          line: 1,
          version: file.versionText,
          message: dup.direction
            ? `${file.name} has the same version and direction (${dup.version} ${dup.direction}) as ${kept.name}; ${tool} fails to load the directory ("duplicate migration file")`
            : `${file.name} has the same version (${dup.version}) as ${kept.name}: ${tool} records one row per version, so one of the two fails or never runs`,
          hint:
            base && merged.includes(kept)
              ? `${kept.name} is already merged at ${base.label}: two changes each added version ${file.versionText} and collided once one was merged. Renumber ${file.name} to ${nextFreeVersion(context, file.versionText.length)}.`
              : `Give one of them the next free version, ${nextFreeVersion(context, file.versionText.length)}. Two branches that each added this version collide once both are merged.`,
        }));
    }),
});
