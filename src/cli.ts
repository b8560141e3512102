#!/usr/bin/env node
import { promises as fs } from 'node:fs';
import { cleanupAll } from './cleanup';
import { CLI_USAGE, SettingsError, settingsFromArgs, type CliCommand } from './settings/settings';
import type { Logger } from './log';
import { check, type Outcome } from './main';
import { InputError } from './formats';
import { logLine } from './report/escape';
import { maskOutcome, maskText, maskValues } from './report/mask';
import { buildJsonReport } from './report/json';
import { buildSarif } from './report/sarif';
import { formatText, progressLine } from './report/text';
import { annotationCommands } from './report/workflow-commands';

/** Set once the settings are read, so that even an unexpected error is printed masked. */
let secretsForErrors: readonly string[] = [];

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
  // Passwords from every connection form are masked in values before anything is rendered (see report/mask.ts).
  const { secrets } = settings;
  secretsForErrors = secrets;
  const line = (m: string) => logLine(maskText(m, secrets));
  const log: Logger = {
    info: (m) => process.stderr.write(`${line(m)}\n`),
    notice: (m) => process.stderr.write(`note: ${line(m)}\n`),
    warning: (m) => process.stderr.write(`warning: ${line(m)}\n`),
    group: (_name, fn) => fn(),
  };
  for (const note of settings.connectionNotes) log.notice(note);

  let outcome: Outcome;
  try {
    outcome = maskOutcome(await check(settings, { log, onMigration: (t, i, n) => process.stderr.write(`${maskText(progressLine(t, i, n), secrets)}\n`) }), secrets);
  } catch (error) {
    if (!(error instanceof InputError) && !(error instanceof SettingsError)) throw error;
    process.stderr.write(`migration-guard: ${line(error.message)}\n`);
    return 2;
  }
  const rendered =
    format === 'json' ? `${JSON.stringify(maskValues(buildJsonReport(outcome, settings.root), secrets), null, 2)}\n`
      : format === 'github' ? annotationCommands(outcome.findings, settings.root, { seeAll: '`migration-guard check --format json`' }).map((l) => `${l}\n`).join('')
        : format === 'sarif' ? `${JSON.stringify(maskValues(buildSarif(outcome, settings.root), secrets), null, 2)}\n`
          : formatText(outcome, settings.root);
  if (output) await fs.writeFile(output, rendered);
  else process.stdout.write(rendered);
  if (outcome.infrastructureError) process.stderr.write(`migration-guard: ${line(outcome.infrastructureError)}\n`);
  return outcome.exitCode;
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    // A bug of ours: one line, no stack trace, unless asked for.
    const e = error as Error;
    process.stderr.write(`migration-guard: unexpected error: ${logLine(maskText(e?.message ?? String(error), secretsForErrors))}\n`);
    if (process.env.MIGRATION_GUARD_DEBUG) process.stderr.write(`${e?.stack}\n`);
    return 2;
  })
  .then(async (code) => {
    await cleanupAll();
    process.exitCode = code;
  });
