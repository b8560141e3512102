#!/usr/bin/env node
import { promises as fs } from 'node:fs';
import { cleanupAll } from './cleanup';
import { CLI_USAGE, SettingsError, settingsFromArgs, type CliCommand } from './settings/settings';
import type { Logger } from './log';
import { check, type Outcome } from './main';
import { InputError } from './formats';
import { urlPassword } from './servers/url';
import { buildJsonReport } from './report/json';
import { buildSarif } from './report/sarif';
import { formatText, progressLine } from './report/text';
import { annotationCommands } from './report/workflow-commands';

/** `migration-guard check [DIR]`: the action's pipeline, printed for a terminal or a script. */
async function main(argv: string[]): Promise<number> {
  let command: CliCommand | undefined;
  try {
    command = settingsFromArgs(argv);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`migration-guard: ${error.message}\nRun 'migration-guard --help' for usage.\n`);
    return 2;
  }
  if (!command) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  const { settings, format, output } = command;
  const secrets = [settings.databaseUrl, settings.targetDatabaseUrl].map((u) => u && urlPassword(u)).filter((p): p is string => !!p);
  const mask = (s: string) => secrets.reduce((text, secret) => text.split(secret).join('***'), s);
  const log: Logger = {
    info: (m) => process.stderr.write(`${mask(m)}\n`),
    notice: (m) => process.stderr.write(`note: ${mask(m)}\n`),
    warning: (m) => process.stderr.write(`warning: ${mask(m)}\n`),
    group: (_name, fn) => fn(),
  };

  let outcome: Outcome;
  try {
    outcome = await check(settings, { log, onMigration: (t, i, n) => process.stderr.write(`${progressLine(t, i, n)}\n`) });
  } catch (error) {
    if (!(error instanceof InputError) && !(error instanceof SettingsError)) throw error;
    process.stderr.write(`migration-guard: ${mask(error.message)}\n`);
    return 2;
  }
  const rendered =
    format === 'json' ? `${JSON.stringify(buildJsonReport(outcome, settings.root), null, 2)}\n`
      : format === 'github' ? annotationCommands(outcome.findings, settings.root, { seeAll: '`migration-guard check --format json`' }).map((l) => `${l}\n`).join('')
        : format === 'sarif' ? `${JSON.stringify(buildSarif(outcome, settings.root), null, 2)}\n`
          : formatText(outcome, settings.root);
  if (output) await fs.writeFile(output, mask(rendered));
  else process.stdout.write(mask(rendered));
  if (outcome.infrastructureError) process.stderr.write(`migration-guard: ${mask(outcome.infrastructureError)}\n`);
  return outcome.exitCode;
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    // A bug of ours: one line, no stack trace, unless asked for.
    const e = error as Error;
    process.stderr.write(`migration-guard: unexpected error: ${e?.message ?? String(error)}\n`);
    if (process.env.MIGRATION_GUARD_DEBUG) process.stderr.write(`${e?.stack}\n`);
    return 2;
  })
  .then(async (code) => {
    await cleanupAll();
    process.exitCode = code;
  });
