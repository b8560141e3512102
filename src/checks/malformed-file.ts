import type { MalformedFile, MigrationSet } from '../formats/migration-set';
import { defineCheck } from './check';

/** The first file (by version) whose refusal stops the tool's up command; a file only its down refuses lets the up go on. */
function firstStop(set: MigrationSet): MalformedFile | undefined {
  return set.malformed
    .filter((f) => !f.upApplies)
    .reduce<MalformedFile | undefined>((low, f) => (!low || f.version < low.version ? f : low), undefined);
}

/**
 * goose and dbmate read annotations inside the file, as they are about to run it: a file they cannot parse stops the up
 * command there, after the ones before it were applied. The scratch run stops there too (stopsRunAt), and the finding of
 * that file names the later migrations that were not run.
 */
export const malformedFile = defineCheck({
  id: 'malformed-file',
  severity: 'error',
  summary:
    'The tool refuses to load a migration file (e.g. a section marker it requires is missing); nothing after it is run, as the tool would not.',
  needs: [],
  stopsRunAt: (set) => {
    const stop = firstStop(set);
    return stop && { version: stop.version, why: `${set.format.words.label} refuses ${stop.name} (malformed-file)` };
  },
  run: ({ set }) => {
    const stop = firstStop(set);
    const later = stop ? set.migrations.filter((m) => m.version > stop.version).map((m) => m.versionText) : [];
    const listed = later.length > 5 ? `${later.slice(0, 5).join(', ')} and ${later.length - 5} more` : later.join(', ');
    return set.malformed.map((f) => ({
      check: 'malformed-file',
      severity: 'error' as const,
      file: f.path,
      line: f.line,
      version: f.versionText,
      message:
        `${set.format.words.label} refuses ${f.name}: ${f.reason}` +
        (f.upApplies
          ? ''
          : `; \`${set.format.words.upCommand}\` stops at this file, leaving every later migration unapplied` +
            (f === stop && later.length ? `, so ${later.length} later migration(s) were not run here either (${listed})` : '')),
      hint: f.byteOrderMark
        ? `The file starts with a UTF-8 byte order mark, which hides the marker on line 1 from ${set.format.words.label}: save it without BOM.`
        : `Fix the file's annotations: ${set.format.words.label} parses a file when it is about to run it.`,
    }));
  },
});
