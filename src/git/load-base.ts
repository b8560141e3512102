import { promises as fs } from 'node:fs';
import type { MigrationFormat } from '../formats/format';
import type { Logger } from '../log';
import { resolveBase, type BaseSource } from './base';
import { compareWithBase, describeBase } from './compare';
import type { BaseComparison } from './base-facts';
import { GitError, gitText } from './git';

export interface BaseRequest {
  /** The tool whose names and sections the base's files are read with. */
  format: MigrationFormat;
  migrationsDir: string;
  /** base-ref input / --base flag. Wins over the pull request's base when both are given. */
  baseRef?: string;
  /** The event's base: pull_request.base.sha, merge_group.base_sha, or a push's `before`. */
  pullRequestBase?: string;
  /** How that base is named in messages (default: the pull request's base). */
  pullRequestBaseLabel?: string;
  /** With neither: the merge base with the remote's default branch, when the clone has one (the command line). */
  defaultBranch?: boolean;
}

export const HISTORY_CHECKS = 'applied-edited, applied-deleted, applied-renamed and out-of-order';

/**
 * What is already merged, or undefined when that cannot be known. Never fails
 * the run: without a base the history checks are skipped with one notice, and
 * with a base that cannot be read with one warning that names the fix.
 */
export async function loadBase(request: BaseRequest, log: Logger): Promise<BaseComparison | undefined> {
  const source: BaseSource | undefined = request.baseRef
    ? { kind: 'ref', ref: request.baseRef }
    : request.pullRequestBase
      ? { kind: 'pull-request', sha: request.pullRequestBase, label: request.pullRequestBaseLabel }
      : request.defaultBranch
        ? { kind: 'default-branch' }
        : undefined;
  if (!source) {
    log.notice(
      `${HISTORY_CHECKS} were skipped: there is no base to compare with. Run on pull_request events, or set base-ref (CLI: --base) to the branch, tag or commit that is deployed.`,
    );
    return undefined;
  }
  const skipped = (why: string, fix: string) => {
    log.warning(`${HISTORY_CHECKS} were skipped: ${why}. ${fix}`);
    return undefined;
  };
  const dir = await fs.realpath(request.migrationsDir);
  let repo: string;
  try {
    repo = await gitText(dir, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (source.kind === 'default-branch') {
      noDefaultBranch('the migrations directory is not inside a git repository', log);
      return;
    }
    skipped(
      `the migrations directory is not inside a git repository (${error.message})`,
      'Check out the repository with actions/checkout before this step.',
    );
    return;
  }
  const base = await resolveBase(repo, source, (m) => {
    log.info(m);
  });
  if (!base.ok && source.kind === 'default-branch') {
    noDefaultBranch(base.reason, log);
    return;
  }
  if (base.ok && source.kind === 'default-branch')
    log.notice(
      `no --base given: comparing with ${base.label} (${base.commit.slice(0, 12)}), as the action does on pull requests; --base REF or --scope all to choose otherwise`,
    );
  if (!base.ok) {
    skipped(base.reason, 'Check out with `fetch-depth: 0` (actions/checkout) so that the base commit and its history are in the clone.');
    return;
  }
  try {
    const comparison = await compareWithBase(request.format, await fs.realpath(repo), dir, base.commit, base.label);
    log.info(`comparing with ${describeBase(comparison)}: ${comparison.files.length} migration file(s) there`);
    return comparison;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    skipped(
      `the base could not be read (${error.message})`,
      'Make sure git can read the repository (safe.directory) and that the base commit is fetched.',
    );
    return;
  }
}

/** The command line without a base and without a default branch to take one from: as without a base (one notice). */
function noDefaultBranch(why: string, log: Logger): void {
  log.notice(`${HISTORY_CHECKS} were skipped: there is no base to compare with (${why}). Set --base to the branch, tag or commit that is deployed.`);
}
