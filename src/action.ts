import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanupAll } from './cleanup';
import { settingsFromAction, SettingsError } from './inputs';
import type { Logger } from './log';
import { failsRun } from './findings';
import { check } from './main';
import { InputError } from './migrations/load';
import { urlPassword } from './postgres/url';
import { buildJsonReport } from './report/json';
import { renderSummary } from './report/summary';
import { progressLine } from './report/text';
import { annotationCommands } from './report/workflow-commands';

/** The GitHub Action: inputs -> pipeline -> annotations, summary, outputs. The one place that calls setFailed. */
export async function run(): Promise<void> {
  try {
    const settings = settingsFromAction();
    for (const url of [settings.databaseUrl, settings.targetDatabaseUrl]) {
      if (!url) continue;
      core.setSecret(url);
      const password = urlPassword(url);
      if (password) core.setSecret(password);
    }
    const log: Logger = { info: core.info, notice: core.notice, warning: core.warning, group: core.group };
    const outcome = await check(settings, { log, onMigration: (t, i, n) => core.info(progressLine(t, i, n)) });

    for (const line of annotationCommands(outcome.findings, settings.root)) process.stdout.write(`${line}${os.EOL}`);
    await fs.mkdir(path.dirname(settings.reportPath), { recursive: true });
    await fs.writeFile(settings.reportPath, `${JSON.stringify(buildJsonReport(outcome, settings.root), null, 2)}\n`);
    core.setOutput('result', outcome.verdict);
    core.setOutput('findings', outcome.findings.length);
    core.setOutput('report', settings.reportPath);
    core.setOutput('pending', (outcome.pending ?? []).join(' '));
    if (process.env.GITHUB_STEP_SUMMARY) {
      // The summary is for people; a summary file we cannot write must not change the verdict.
      await core.summary.addRaw(renderSummary(outcome, settings.root)).write().catch((e: Error) => core.warning(`job summary not written: ${e.message}`));
    }
    if (outcome.exitCode === 2) core.setFailed(`migration-guard could not finish: ${outcome.infrastructureError}`);
    else if (outcome.exitCode === 1) {
      const failing = outcome.findings.filter((f) => failsRun(f, settings.failOn));
      core.setFailed(`${failing.length} finding(s) at or above fail-on '${settings.failOn}'; see the annotations and the job summary`);
    }
  } catch (error) {
    const known = error instanceof InputError || error instanceof SettingsError;
    core.setFailed(known ? (error as Error).message : `unexpected error: ${(error as Error)?.message ?? String(error)}`);
  } finally {
    await cleanupAll();
  }
}
