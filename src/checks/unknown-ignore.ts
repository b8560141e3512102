import { closest } from '../check-support/did-you-mean';
import { ignoreMarkers } from '../check-support/ignore-comments';
import type { Finding } from '../findings';
import { defineCheck } from './check';
import { CHECK_IDS } from './ids';

/** Words people try for "every check": there is none on purpose (a suppression names what it silences). */
const WILDCARDS = new Set(['*', 'all', 'any', 'everything']);

/** Why one id of a marker silences nothing, with the nearest known id when there is one. */
function whyNot(id: string): string {
  if (WILDCARDS.has(id.toLowerCase())) return `\`${id}\` (there is no wildcard: name each check to silence)`;
  const near = closest(id.toLowerCase(), CHECK_IDS);
  return `\`${id}\`${near ? ` (did you mean \`${near}\`?)` : ''}`;
}

export const unknownIgnore = defineCheck({
  id: 'unknown-ignore',
  severity: 'warning',
  summary: 'A `-- migration-guard:ignore` comment names no check, or a check that does not exist, so it silences nothing.',
  needs: [],
  run: ({ set }) => {
    const known = new Set(CHECK_IDS);
    // goose and dbmate keep both directions in one file: each file read once.
    const files = [...new Map(set.files.filter((f) => !f.absent).map((f) => [f.path, f])).values()];
    return files.flatMap((f) =>
      ignoreMarkers(f.text).flatMap(({ line, checks }): Finding[] => {
        const unknown = checks.filter((id) => !known.has(id));
        if (checks.length && !unknown.length) return [];
        return [
          {
            check: 'unknown-ignore',
            severity: 'warning',
            file: f.path,
            line,
            version: f.versionText,
            message: checks.length
              ? `the ignore comment at ${f.name}:${line} names ${unknown.map(whyNot).join(', ')}, ${unknown.length === 1 ? 'which is not a check id and silences' : 'which are not check ids and silence'} nothing`
              : `the ignore comment at ${f.name}:${line} names no check, so it silences nothing`,
            hint: 'Write `-- migration-guard:ignore <check-id>[, <check-id>...] <reason>` with the ids as the findings show them (lower case), e.g. `-- migration-guard:ignore destructive-drop the table was emptied in 000041`.',
          },
        ];
      }),
    );
  },
});
