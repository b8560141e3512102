import { defineCheck } from './check';

export const mismatchedPair = defineCheck({
  id: 'mismatched-pair',
  severity: 'warning',
  summary: 'The up and down files of one version are named differently (title or zero-padding).',
  needs: [],
  run: ({ set }) =>
    set.migrations
      .filter((m) => m.up && m.down && (m.up.versionText !== m.down.versionText || m.up.identifier !== m.down.identifier))
      .map((m) => ({
        check: 'mismatched-pair',
        severity: 'warning' as const,
        file: m.down!.path,
        line: 1,
        version: m.versionText,
        message: `${m.down!.name} and ${m.up!.name} are one migration (version ${m.version}) but named differently; golang-migrate pairs them by number only`,
        hint: `Rename the down file to ${m.up!.versionText}_${m.up!.identifier}.down.sql. Mixed padding also confuses \`migrate create -seq\`, which picks the next number from the lexically last name.`,
      })),
});
