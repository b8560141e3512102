import { getOctokit } from '@actions/github';
import type { CommentTarget } from './pr-comment';
import { suggestionBody, type Suggestion } from './suggestions';

export type SuggestionsResult = { ok: true; created: number; updated: number; resolved: number; skipped: number } | { ok: false; reason: string };

type Octokit = ReturnType<typeof getOctokit>;

interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

interface ReviewComment {
  id: number;
  body: string;
  path: string;
  line?: number | null;
  start_line?: number | null;
}

/** The hidden marker of one suggestion's review comment; the directory keeps two directories' suggestions apart. */
export function suggestionMarker(migrationsDir: string, key: string): string {
  return `<!-- migration-guard-fix:${migrationsDir.replace(/-->/g, '')}:${key.replace(/-->/g, '')} -->`;
}

/**
 * One review comment per suggestion, on the lines it replaces, found again by its marker on a re-run: unchanged, it is
 * left alone; changed, it is edited (or posted again when its lines moved); gone (the finding is fixed), it says so
 * and its thread is resolved. Suggestions on lines the pull request does not change are skipped (GitHub refuses
 * review comments outside the diff; the sticky comment still shows the fix). Never throws: a courtesy, like the comment.
 */
export async function syncSuggestions(target: CommentTarget, headSha: string, dir: string, suggestions: Suggestion[]): Promise<SuggestionsResult> {
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo, pull_number: target.pullNumber };
  const result = { ok: true as const, created: 0, updated: 0, resolved: 0, skipped: 0 };
  try {
    const files: PullFile[] = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, per_page: 100 });
    const commentable = new Map(files.map((f) => [f.filename, f.status === 'added' ? 'all' : rightSideRanges(f.patch ?? '')] as const));
    const prefix = suggestionMarker(dir, '').replace(/ -->$/, '');
    const comments: ReviewComment[] = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...where, per_page: 100 });
    const ours = comments.filter((c) => c.body.startsWith(prefix));
    const wanted = new Set<number>();
    for (const s of suggestions) {
      const marker = suggestionMarker(dir, s.key);
      const body = suggestionBody(marker, s);
      const existing = ours.find((c) => c.body.startsWith(marker));
      if (!inDiff(commentable.get(s.path), s)) {
        result.skipped++;
        continue;
      }
      if (existing) wanted.add(existing.id);
      if (existing && samePlace(existing, s)) {
        if (existing.body === body) continue;
        await octokit.rest.pulls.updateReviewComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
        result.updated++;
        continue;
      }
      if (existing) await octokit.rest.pulls.deleteReviewComment({ owner: target.owner, repo: target.repo, comment_id: existing.id });
      await octokit.rest.pulls.createReviewComment({ ...where, body, commit_id: headSha, path: s.path, ...lines(s) });
      result.created++;
    }
    for (const gone of ours.filter((c) => !wanted.has(c.id))) if (await resolve(octokit, target, gone)) result.resolved++;
    return result;
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { ok: false, reason: `the GitHub API answered${e.status ? ` ${e.status}` : ''}: ${e.message ?? String(error)}` };
  }
}

const GONE = 'the finding this suggested a fix for is gone; resolved.';

/** A suggestion whose finding is gone: its text says so (once), and its thread is resolved. */
async function resolve(octokit: Octokit, target: CommentTarget, comment: ReviewComment): Promise<boolean> {
  if (comment.body.endsWith(GONE)) return false;
  const marker = comment.body.split('\n')[0];
  await octokit.rest.pulls.updateReviewComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: comment.id,
    body: `${marker}\n**migration-guard**: ${GONE}`,
  });
  await resolveThread(octokit, target, comment.id).catch(() => undefined); // the edited text says it even where GraphQL is refused
  return true;
}

interface Threads {
  repository: { pullRequest: { reviewThreads: { nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number }[] } }[] } } };
}

async function resolveThread(octokit: Octokit, target: CommentTarget, commentId: number): Promise<void> {
  const found = await octokit.graphql<Threads>(
    `query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { pullRequest(number: $number) {
      reviewThreads(last: 100) { nodes { id isResolved comments(first: 1) { nodes { databaseId } } } } } } }`,
    { owner: target.owner, repo: target.repo, number: target.pullNumber },
  );
  const thread = found.repository.pullRequest.reviewThreads.nodes.find((t) => t.comments.nodes[0]?.databaseId === commentId);
  if (!thread || thread.isResolved) return;
  await octokit.graphql(`mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id } } }`, { id: thread.id });
}

function lines(s: Suggestion): { line: number; side: 'RIGHT'; start_line?: number; start_side?: 'RIGHT' } {
  return s.startLine < s.line ? { start_line: s.startLine, start_side: 'RIGHT', line: s.line, side: 'RIGHT' } : { line: s.line, side: 'RIGHT' };
}

function samePlace(c: ReviewComment, s: Suggestion): boolean {
  return c.path === s.path && c.line === s.line && (c.start_line ?? c.line) === s.startLine;
}

/** The new file's line ranges each hunk of a patch shows (context and added lines): review comments go only there. */
export function rightSideRanges(patch: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m.at(2) === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return ranges;
}

function inDiff(where: 'all' | [number, number][] | undefined, s: Suggestion): boolean {
  if (!where) return false;
  return where === 'all' || where.some(([from, to]) => s.startLine >= from && s.line <= to);
}
