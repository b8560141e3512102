import { defineCheck } from './check';

export const mismatchedPair = defineCheck({
  id: 'mismatched-pair',
  severity: 'warning',
  summary: 'The up and down files of one version are named differently (title or zero-padding).',
  needs: [],
  requires: 'directionFiles',
  run: ({ set }) =>
    set.migrations
      .flatMap(({ up, down, version, versionText }) =>
        up && down && (up.versionText !== down.versionText || up.identifier !== down.identifier) ? [{ up, down, version, versionText }] : [],
      )
      .map((m) => ({
        check: 'mismatched-pair',
        severity: 'warning' as const,
        file: m.down.path,
        line: 1,
        version: m.versionText,
        message: `${m.down.name} and ${m.up.name} are one migration (version ${m.version}) but named differently; ${set.format.words.label} pairs them by number only`,
        hint: `Rename the down file to ${m.up.versionText}_${m.up.identifier}.down.sql. Mixed padding also confuses \`${set.format.words.createCommand}\`, which picks the next number from the lexically last name.`,
      })),
});
