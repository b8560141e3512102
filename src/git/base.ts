import { GitError, gitText } from './git';

/**
 * Where "already applied" comes from: the PR's base commit, a ref the user named (e.g. the last release tag), or, on the
 * command line with neither, the remote's default branch (its merge base with HEAD, as on a pull request).
 */
export type BaseSource = { kind: 'pull-request'; sha: string; label?: string } | { kind: 'ref'; ref: string } | { kind: 'default-branch' };

export type ResolvedBase = { ok: true; commit: string; label: string } | { ok: false; reason: string };

const FETCH = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
/** How far a shallow clone is deepened, step by step, before fetching all of its history. */
const DEEPEN_STEPS = [50, 500];

/**
 * Finds the commit that holds the merged migrations, fetching what a shallow
 * checkout (actions/checkout's default of one commit) lacks. Never throws: a
 * base that cannot be had is a reason the caller turns into one warning.
 */
export async function resolveBase(repo: string, source: BaseSource, log: (m: string) => void): Promise<ResolvedBase> {
  try {
    if (source.kind === 'default-branch') return await defaultBranchBase(repo);
    return source.kind === 'pull-request' ? await pullRequestBase(repo, source.sha, log, source.label) : await namedBase(repo, source.ref, log);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return { ok: false, reason: error.message };
  }
}

/** On a pull request, what is merged is the merge base of the PR's base commit and HEAD. */
async function pullRequestBase(repo: string, sha: string, log: (m: string) => void, label = "the pull request's base"): Promise<ResolvedBase> {
  const short = sha.slice(0, 12);
  if (!(await hasCommit(repo, sha))) {
    log(`fetching ${label} commit ${short}`);
    const fetched = await fetch(repo, [...(await depthArgs(repo, 1)), 'origin', sha]);
    if (!fetched.ok) return { ok: false, reason: `the base commit ${short} is not in this clone and could not be fetched (${fetched.reason})` };
  }
  const head = await gitText(repo, ['rev-parse', 'HEAD']);
  for (const step of [...DEEPEN_STEPS, 'all' as const]) {
    const mergeBase = await mergeBaseOf(repo, sha, head);
    if (mergeBase) return { ok: true, commit: mergeBase, label };
    if (!(await isShallow(repo))) break;
    log(
      step === 'all' ? 'fetching the full history to find the merge base' : `deepening the shallow clone by ${step} commits to find the merge base`,
    );
    const deepened = await fetch(repo, step === 'all' ? ['--unshallow', 'origin'] : [`--deepen=${step}`, 'origin', sha, head]);
    if (!deepened.ok) return { ok: false, reason: `the history between ${short} and HEAD could not be fetched (${deepened.reason})` };
  }
  const last = await mergeBaseOf(repo, sha, head);
  if (last) return { ok: true, commit: last, label };
  return { ok: false, reason: `the base commit ${short} and HEAD have no common history` };
}

/**
 * The remote's default branch (refs/remotes/origin/HEAD, which `git clone` sets): its merge base with HEAD, as a pull
 * request against it would have. Nothing is fetched: a clone without that ref has no default branch to compare with.
 */
async function defaultBranchBase(repo: string): Promise<ResolvedBase> {
  const ref = await gitText(repo, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(() => undefined);
  if (!ref) return { ok: false, reason: 'the remote origin has no default branch here (refs/remotes/origin/HEAD)' };
  const head = await gitText(repo, ['rev-parse', 'HEAD']);
  const mergeBase = await mergeBaseOf(repo, ref, head);
  if (!mergeBase) return { ok: false, reason: `${ref} and HEAD have no common history` };
  return { ok: true, commit: mergeBase, label: `the merge base with ${ref}` };
}

/** base-ref: a branch, tag or SHA, taken as is (for a release gate, the last release tag). */
async function namedBase(repo: string, ref: string, log: (m: string) => void): Promise<ResolvedBase> {
  for (const candidate of [ref, `origin/${ref}`]) {
    const commit = await commitOf(repo, candidate);
    if (commit) return { ok: true, commit, label: labelOf(ref) };
  }
  log(`fetching ${ref} from origin`);
  const fetched = await fetch(repo, [...(await depthArgs(repo, 1)), 'origin', ref]);
  if (!fetched.ok) return { ok: false, reason: `'${ref}' is not a commit, branch or tag of this clone and could not be fetched (${fetched.reason})` };
  const commit = await commitOf(repo, 'FETCH_HEAD');
  return commit ? { ok: true, commit, label: labelOf(ref) } : { ok: false, reason: `'${ref}' was fetched but is not a commit` };
}

/** A full SHA reads better shortened; branch and tag names stay as given. */
const labelOf = (ref: string) => (/^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 12) : ref);

async function commitOf(repo: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  return gitText(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
}

const hasCommit = async (repo: string, sha: string) => (await commitOf(repo, sha)) !== undefined;

const isShallow = async (repo: string) => (await gitText(repo, ['rev-parse', '--is-shallow-repository'])) === 'true';

/** A shallow clone stays shallow (fetching the base's whole history could be huge); a full clone fetches normally. */
async function depthArgs(repo: string, depth: number): Promise<string[]> {
  return (await isShallow(repo)) ? [`--depth=${depth}`] : [];
}

/** Undefined when there is none, or when `a` is not in the clone (yet). */
async function mergeBaseOf(repo: string, a: string, b: string): Promise<string | undefined> {
  return gitText(repo, ['merge-base', a, b]).catch(() => undefined);
}

async function fetch(repo: string, args: string[]): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await gitText(repo, [...FETCH, ...args]);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return { ok: false, reason: error.message };
  }
}
