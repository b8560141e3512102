#!/usr/bin/env node
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { createColors } from 'picocolors';
import { cleanupAll } from './cleanup';
import { colorEnabled, parseCommandLine, type CliCommand, type CliRequest, type MergeCommand, type OutputFormat } from './settings/command-line';
import { SettingsError } from './settings/settings';
import type { Logger } from './log';
import { check } from './main';
import type { Outcome } from './outcome';
import { InputError } from './formats';
import type { Severity } from './findings';
import { logLine } from './report/escape';
import { maskOutcome, maskText } from './report/mask';
import { jsonReportText, sarifText } from './report/machine-readable';
import type { JsonReport } from './report/json';
import { mergeReportFiles, MergeError } from './report/merge';
import { formatText, progressLine } from './report/text';
import { relativePath } from './report/paths';
import { unifiedDiff } from './report/unified-diff';
import { planFixes } from './fixes/plan';
import { annotationCommands } from './report/workflow-commands';
import { VERSION } from './version';

/** Set once the settings are read, so that even an unexpected error is printed masked. */
let secretsForErrors: readonly string[] = [];

/** Every error the CLI prints: one line, named after the program, on stderr. */
function fail(message: string): 2 {
  process.stderr.write(`migration-guard: ${logLine(maskText(message, secretsForErrors))}\n`);
  return 2;
}

/** `migration-guard check [DIR]`: the action's pipeline, printed for a terminal or a script. */
async function main(argv: string[]): Promise<number> {
  let request: CliRequest;
  try {
    request = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return fail(error.message);
  }
  if (request.kind === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (request.kind === 'help') {
    process.stdout.write(`${request.text}\n`);
    return 0;
  }
  if (request.kind === 'merge') return runMerge(request.command);
  if (request.kind === 'fix') return runFix(request.command, request.dryRun);
  return runCheck(request.command);
}

/** `migration-guard merge REPORT...`: the shards' reports as one run's, in any format. */
async function runMerge(command: MergeCommand): Promise<number> {
  let merged;
  try {
    merged = await mergeReportFiles(command.files, command.root);
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    return fail(error.message);
  }
  const err = createColors(colorEnabled(process.stderr.isTTY));
  if (!command.quiet) for (const notice of merged.notices) process.stderr.write(`${err.cyan('note:')} ${logLine(notice)}\n`);
  return writeReport(merged.outcome, { ...command, secrets: [], json: merged.report });
}

async function runCheck(command: CliCommand): Promise<number> {
  const checked = await checkOutcome(command);
  if (typeof checked === 'number') return checked;
  const { settings, format, output, quiet } = command;
  return writeReport(checked, { format, output, quiet, secrets: settings.secrets, root: settings.root });
}

/** `migration-guard fix [DIR]`: the check, then its verified fixes written (or shown as a diff). */
async function runFix(command: CliCommand, dryRun: boolean): Promise<number> {
  const checked = await checkOutcome(command);
  if (typeof checked === 'number') return checked;
  const root = command.settings.root;
  const plan = planFixes(checked.findings, (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined));
  const shown = (file: string) => relativePath(file, root) ?? file;
  const out: string[] = [];
  for (const { finding, changes } of plan.apply) {
    out.push(`${dryRun ? 'would fix' : 'fixed'} ${finding.check} (${finding.version ?? ''}): ${finding.fix?.summary ?? ''}`);
    for (const c of changes) {
      if (dryRun) out.push(unifiedDiff(shown(c.path), c.before, c.after).trimEnd());
      else {
        await fs.writeFile(c.path, c.after);
        out.push(`  ${c.before === undefined ? 'created' : 'changed'} ${shown(c.path)}`);
      }
    }
  }
  for (const f of plan.deferred) out.push(`not applied yet: ${f.check} (${f.version ?? ''}) changes a file another fix changes; run fix again`);
  const unfixed = checked.findings.filter((f) => !f.fix).length;
  out.push(
    `${plan.apply.length} fix(es) ${dryRun ? 'to apply' : 'applied'}; ${unfixed} finding(s) without a verified fix` +
      (plan.apply.length && !dryRun ? "; run 'migration-guard check' again" : ''),
  );
  process.stdout.write(`${out.join('\n')}\n`);
  if (checked.infrastructureError) return fail(checked.infrastructureError);
  return 0;
}

/** The check's outcome, masked; a number is the exit code of a run that could not start (said on stderr already). */
async function checkOutcome(command: CliCommand): Promise<Outcome | number> {
  const { settings, quiet } = command;
  // Passwords from every connection form are masked in values before anything is rendered (see report/mask.ts).
  const { secrets } = settings;
  secretsForErrors = secrets;
  const err = createColors(colorEnabled(process.stderr.isTTY));
  const line = (m: string) => logLine(maskText(m, secrets));
  const say = (m: string) => !quiet && process.stderr.write(`${m}\n`);
  const log: Logger = {
    info: (m) => say(line(m)),
    notice: (m) => say(`${err.cyan('note:')} ${line(m)}`),
    warning: (m) => say(`${err.yellow('warning:')} ${line(m)}`),
    group: (_name, fn) => fn(),
  };
  for (const note of settings.connectionNotes) log.notice(note);

  try {
    return maskOutcome(await check(settings, { log, onMigration: (t, i, n) => say(maskText(progressLine(t, i, n), secrets)) }), secrets);
  } catch (error) {
    if (!(error instanceof InputError) && !(error instanceof SettingsError)) throw error;
    return fail(error.message);
  }
}

interface ReportOptions {
  format: OutputFormat;
  output?: string;
  quiet: boolean;
  secrets: readonly string[];
  root: string;
  /** The JSON report when it is not built from the outcome (merge). */
  json?: JsonReport;
}

/** Renders the outcome in the chosen format to --output or stdout; the exit code. */
async function writeReport(outcome: Outcome, options: ReportOptions): Promise<number> {
  const { format, output, quiet, secrets } = options;
  const settings = { root: options.root };
  const out = createColors(colorEnabled(process.stdout.isTTY));
  const paint: Record<Severity, (s: string) => string> = { error: out.red, warning: out.yellow, notice: out.cyan };
  const rendered =
    format === 'json'
      ? jsonReportText(outcome, settings.root, secrets, options.json)
      : format === 'github'
        ? annotationCommands(outcome.findings, settings.root, { seeAll: '`migration-guard check --format json`' })
            .map((l) => `${l}\n`)
            .join('')
        : format === 'sarif'
          ? sarifText(outcome, settings.root, secrets)
          : formatText(outcome, settings.root, {
              quiet,
              // Said on stderr below; a report written to a file keeps it, as a record of the run.
              infrastructureError: !!output,
              // Colour only where the text goes to a terminal: a file written with --output never gets escape codes.
              severity: output ? undefined : (s, text) => paint[s](text),
              verdict: output ? undefined : (passed, text) => out.bold(passed ? out.green(text) : out.red(text)),
            });
  try {
    if (output) await fs.writeFile(output, rendered);
    else process.stdout.write(rendered);
  } catch (error) {
    return fail(`${output ? `--output: cannot write ${output}` : 'cannot write the report to standard output'}: ${(error as Error).message}`);
  }
  // Once, on stderr, whatever the format: a script that reads stdout still sees why the run is incomplete.
  if (outcome.infrastructureError) fail(outcome.infrastructureError);
  return outcome.exitCode;
}

void main(process.argv.slice(2))
  .catch((error: unknown) => {
    // A bug of ours: one line, no stack trace, unless asked for.
    const e = error instanceof Error ? error : new Error(String(error));
    fail(`unexpected error: ${e.message}`);
    if (process.env.MIGRATION_GUARD_DEBUG) process.stderr.write(`${e.stack ?? e.message}\n`);
    return 2;
  })
  .then(async (code) => {
    await cleanupAll();
    process.exitCode = code;
  });
