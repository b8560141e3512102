import { defineCheck } from './check';
import { forceCommand } from '../check-support/force-command';

/** Tables but no version: the tool would run the first migration again on a database that already has its schema. */
export const targetUnversioned = defineCheck({
  id: 'target-unversioned',
  severity: 'error',
  summary: 'The deployed database has tables but no version table (or no version): the next deploy would run the first migration again and fail.',
  needs: ['deployed'],
  run: ({ set, deployed }) => {
    const schema = deployed.schema;
    const found = schema?.unversioned;
    if (!schema || !found || deployed.version !== undefined) return [];
    const first = set.migrations.at(0);
    const words = set.format.words;
    const what =
      `the target database ${deployed.where} has ${schema.userTables} table(s) but ${schema.versionTable ? `no version in ${schema.table}` : `no version table ${schema.table}`}: ` +
      `\`${words.upCommand}\` would run ${first?.versionText ?? 'the first migration'} again and fail on its first CREATE, leaving the database ${words.afterFailure}`;
    const match = found.match;
    const m = match === undefined ? undefined : set.migrations.find((x) => x.versionText === match);
    if (match !== undefined) {
      return [
        {
          check: 'target-unversioned',
          severity: 'error',
          file: m?.up?.path,
          line: m?.up ? 1 : undefined,
          version: match,
          message: `${what}; its schema matches the migrations up to ${match}`,
          hint: `Record that once, before the next deploy: ${forceCommand(set, m?.version.toString() ?? match, schema.table)}. Then \`${words.upCommand}\` applies only what comes after ${match}.`,
        },
      ];
    }
    const closest = found.closest;
    return [
      {
        check: 'target-unversioned',
        severity: 'error',
        file: first?.up?.path,
        line: first?.up ? 1 : undefined,
        version: first?.versionText,
        message: `${what}; its schema matches no version of the migrations${closest ? ` (closest: ${closest.version}, with ${closest.differences} difference(s))` : ''}${found.failedAt ? `; building stopped at ${found.failedAt}, whose up fails` : ''}`,
        hint: `Make the baseline match the database (dump its schema into the first migration), or change the database to match the closest version; then record it with ${forceCommand(set, closest?.version ?? '<version>', schema.table)}.`,
      },
    ];
  },
});
