import type { ToolWords } from '../formats/format';
import { bodyText, sectionLine, type MigrationFile } from '../formats/migration-set';
import { hasNoStatements, isBlank } from '../sql/text';
import { defineCheck } from './check';
import { upOnlyVersions } from '../check-support/up-only-directory';
import { meaningful } from '../check-support/down-differences';

/** "X" for a file that is one direction (golang-migrate); "the `-- migrate:down` section of X" where one file holds both. */
function what(file: MigrationFile, words: ToolWords): string {
  return words.sectionMarkers ? `the \`${words.sectionMarkers[file.direction]}\` section of ${file.name}` : file.name;
}

/** The section without the tool's own marker line (dbmate's section starts with it): what is left to run. */
function content(file: MigrationFile, words: ToolWords): string {
  const body = bodyText(file);
  const marker = words.sectionMarkers?.[file.direction].toLowerCase();
  if (marker === undefined || !body.toLowerCase().startsWith(marker)) return body;
  const end = body.indexOf('\n');
  return end < 0 ? '' : body.slice(end + 1);
}

export const emptyFile = defineCheck({
  id: 'empty-file',
  severity: 'warning',
  summary: 'A migration file is empty or holds only comments, so it changes nothing.',
  needs: [],
  run: ({ set, run }) => {
    const words = set.format.words;
    // An empty down whose up changed the schema is down-incomplete's error, which says it is empty: said once, there.
    const notRestored = new Set((run?.traces ?? []).filter((t) => meaningful(t.downDiff).length > 0 && t.down.file).map((t) => t.down.file?.path));
    const recorded = (f: MigrationFile) => `records version ${f.versionText} ${f.direction === 'up' ? 'applied' : 'rolled back'} anyway`;
    // A section, not the whole file: an empty down section beside a full up section rolls back nothing.
    // In a directory that does without downs (all, or at least a third of them), no-down-files says so once for them.
    const upOnly = upOnlyVersions(set);
    return set.files
      .filter((f) => !(f.direction === 'down' && upOnly.has(f.version)))
      .filter((f) => !(f.direction === 'down' && !f.absent && notRestored.has(f.path)))
      .filter((f) => hasNoStatements(content(f, words)))
      .map((f) => {
        // goose keeps a down section even without its marker: an empty one at the end of the file.
        const noMarker = f.direction === 'down' && f.absent;
        return {
          check: 'empty-file',
          severity: 'warning' as const,
          file: f.path,
          line: noMarker ? 1 : sectionLine(f),
          version: f.versionText,
          message: noMarker
            ? `${f.name} has no \`${words.sectionMarkers?.down ?? 'down'}\` section: \`${words.downCommand}\` runs nothing for it and ${recorded(f)}`
            : isBlank(content(f, words))
              ? `${what(f, words)} is empty: ${words.label} ${words.sectionMarkers ? 'runs nothing' : 'skips it'} and ${recorded(f)}`
              : `${what(f, words)} holds only comments: it runs but changes nothing`,
          hint:
            f.direction === 'down'
              ? words.sectionMarkers
                ? 'Write the statements that undo the up section, or leave them out only if this version is meant never to be rolled back.'
                : 'Write the statements that undo the up file, or delete the down file and accept that this version cannot be rolled back.'
              : words.sectionMarkers
                ? 'Write the migration in the up section, or delete the file.'
                : 'Delete the file or write the migration.',
        };
      });
  },
});
