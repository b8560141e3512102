import * as core from '@actions/core';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanupAll } from './cleanup';
import type { Severity } from './findings';
import { commentMarker, upsertComment } from './github/pr-comment';
import { syncSuggestions } from './github/review-suggestions';
import { suggestionsOf } from './github/suggestions';
import { settingsFromAction } from './settings/action-inputs';
import { SettingsError, type ActionSettings } from './settings/settings';
import type { Logger } from './log';
import { check } from './main';
import type { Outcome } from './outcome';
import { InputError } from './formats';
import { logLine } from './report/escape';
import { maskOutcome, maskText } from './report/mask';
import { jsonReportText, sarifText } from './report/machine-readable';
import { useDocsFrom } from './report/docs-link';
import type { JsonReport } from './report/json';
import { expandReportPatterns, mergeReportFiles, MergeError } from './report/merge';
import { renderMarkdown } from './report/markdown';
import { relativePath } from './report/paths';
import { renderSummary } from './report/summary';
import { progressLine } from './report/text';
import { annotationCommands } from './report/workflow-commands';

/** Passwords of the connection strings, once the inputs are read. */
let secrets: readonly string[] = [];
/** A log line: masked, and unable to start a workflow command. */
const safe = (m: string) => logLine(maskText(m, secrets));

/** GitHub's limit on a comment body is 65,536 characters. */
const COMMENT_MAX_CHARS = 60_000;

/**
 * The GitHub Action: inputs -> pipeline -> annotations, summary, comment, outputs. The one place that fails the step:
 * with setFailed for input it cannot use (no other annotation yet), with the exit code once findings are annotated.
 */
export async function run(): Promise<void> {
  try {
    const settings = settingsFromAction();
    useDocsFrom(settings.docs);
    // Before anything is printed: the runner masks these in the log, and we mask them in every report we write.
    for (const secret of settings.secrets) core.setSecret(secret);
    secrets = settings.secrets;
    // Our own warnings and notices are annotations too, and count against GitHub's per-step limits.
    const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
    const log: Logger = {
      info: (m) => {
        core.info(safe(m));
      },
      notice: (m) => {
        shown.notice++;
        core.notice(maskText(m, secrets));
      },
      warning: (m) => {
        shown.warning++;
        core.warning(maskText(m, secrets));
      },
      group: core.group,
    };
    for (const note of settings.connectionNotes) log.notice(note);
    // merge-reports: the shards of a matrix did the runs; this job only joins their JSON reports (report/merge.ts).
    const merged = settings.mergeReports.length
      ? await mergeReportFiles(await expandReportPatterns(settings.mergeReports, settings.root), settings.root)
      : undefined;
    for (const notice of merged?.notices ?? []) log.notice(notice);
    const outcome = maskOutcome(
      merged?.outcome ??
        (await check(settings, {
          log,
          onMigration: (t, i, n) => {
            core.info(safe(progressLine(t, i, n)));
          },
        })),
      secrets,
    );

    for (const line of annotationCommands(outcome.findings, settings.root, { alreadyShown: shown, seeAll: 'the job summary' })) {
      process.stdout.write(`${line}${os.EOL}`);
    }
    await writeReports(outcome, settings, log, merged?.report);
    core.setOutput('result', outcome.verdict);
    core.setOutput('findings', outcome.findings.length);
    core.setOutput('report', settings.reportPath);
    core.setOutput('pending', (outcome.pending ?? []).join(' '));
    if (settings.sarifFile) core.setOutput('sarif', settings.sarifFile);
    await commentOnPullRequest(outcome, settings, log);

    // A plain log line and the exit code fail the step: setFailed's ::error would take an eleventh error slot, which
    // GitHub drops (10 per level per step) or which pushes out the tenth finding.
    if (outcome.exitCode === 2) core.info(safe(`migration-guard could not finish: ${outcome.infrastructureError ?? 'the run is incomplete'}`));
    else if (outcome.exitCode === 1) {
      core.info(
        safe(
          `migration-guard failed: ${outcome.failing.length} finding(s) at or above fail-on '${settings.failOn}'; see the annotations and the job summary`,
        ),
      );
    }
    if (outcome.exitCode !== 0) process.exitCode = outcome.exitCode;
  } catch (error) {
    const known = error instanceof InputError || error instanceof SettingsError || error instanceof MergeError;
    core.setFailed(maskText(known ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`, secrets));
  } finally {
    await cleanupAll();
  }
}

async function writeReports(outcome: Outcome, settings: ActionSettings, log: Logger, json?: JsonReport): Promise<void> {
  await writeFile(settings.reportPath, jsonReportText(outcome, settings.root, secrets, json));
  if (settings.sarifFile) await writeFile(settings.sarifFile, sarifText(outcome, settings.root, secrets));
  if (process.env.GITHUB_STEP_SUMMARY) {
    // The summary is for people; a summary file we cannot write must not change the verdict.
    await core.summary
      .addRaw(renderSummary(outcome, settings.root, fileLink(settings), failOnOf(settings)))
      .write()
      .catch((e: unknown) => {
        log.warning(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
      });
  }
}

/** A report file; one that cannot be written is one line naming it, and the full disk when that is why, not an unexpected error. */
async function writeFile(file: string, text: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new InputError(`cannot write ${file}: ${e.code === 'ENOSPC' ? 'no space left on device (the disk is full)' : e.message}`, { cause: error });
  }
}

/** The fail-on the verdict was decided with: a merge decides with the shards' (the reports read it back from the findings). */
const failOnOf = (settings: ActionSettings) => (settings.mergeReports.length ? undefined : settings.failOn);

/** Links to a file at the PR's head commit, where the reviewer reads it. */
function fileLink(settings: ActionSettings): ((file: string, line?: number) => string) | undefined {
  const { serverUrl, repository, pullRequest } = settings.github;
  const headSha = pullRequest?.headSha;
  if (!repository || !headSha) return undefined;
  return (file, line) => `${serverUrl}/${repository}/blob/${headSha}/${file.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** The sticky comment: a courtesy that never changes the verdict. Outside pull requests nothing is attempted. */
async function commentOnPullRequest(outcome: Outcome, settings: ActionSettings, log: Logger): Promise<void> {
  const { pullRequest, repository, apiUrl, runUrl } = settings.github;
  // A shard sees part of the findings: the job that merges the shards' reports comments (merge-reports).
  if (!settings.comment || settings.shard || !pullRequest || !repository) return;
  if (!settings.githubToken) {
    log.warning('no PR comment: the github-token input is empty');
    return;
  }
  const [owner, repo] = repository.split('/');
  const dir = relativePath(settings.migrationsPath, settings.root) ?? settings.migrationsPath;
  const body = renderMarkdown(outcome, {
    root: settings.root,
    fileLink: fileLink(settings),
    failOn: failOnOf(settings),
    maxChars: COMMENT_MAX_CHARS,
    overflowTo: runUrl ? `the [job summary](${runUrl})` : 'the job summary',
  });
  const result = await upsertComment({ token: settings.githubToken, apiUrl, owner, repo, pullNumber: pullRequest.number }, commentMarker(dir), body);
  if (result.ok) core.info(safe(`PR comment ${result.action}: ${result.url}`));
  else log.warning(`no PR comment: ${result.reason}. The verdict is unchanged.`);
  // The verified fixes as one-click review suggestions; not tried when the token could not even comment.
  const headSha = pullRequest.headSha;
  if (!result.ok || !headSha) return;
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const suggestions = suggestionsOf(outcome.findings, (file) => relativePath(file, settings.root) ?? file, read);
  const synced = await syncSuggestions(
    { token: settings.githubToken, apiUrl, owner, repo, pullNumber: pullRequest.number },
    headSha,
    dir,
    suggestions,
  );
  if (synced.ok) {
    const { created, updated, resolved, skipped } = synced;
    if (created + updated + resolved + skipped)
      core.info(safe(`review suggestions: ${created} created, ${updated} updated, ${resolved} resolved, ${skipped} outside the diff`));
  } else log.warning(`no review suggestions: ${synced.reason}. The verdict is unchanged.`);
}
