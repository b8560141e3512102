import { getOctokit } from '@actions/github';

export interface CommentTarget {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, a GHES endpoint, or a test server. */
  apiUrl: string;
  owner: string;
  repo: string;
  pullNumber: number;
}

export type CommentResult = { ok: true; action: 'created' | 'updated'; url: string } | { ok: false; reason: string };

/** Known API answers, with the cause a user can act on. */
const WHY: Record<number, string> = {
  401: 'the github-token was rejected (401 Bad credentials)',
  403: 'the token may not write pull-request comments (403). Pull requests from forks get a read-only GITHUB_TOKEN; otherwise give the job `permissions: pull-requests: write`',
  404: 'the repository or pull request is not visible to this token (404)',
};

/**
 * One comment per migrations directory, found again by `marker` (a hidden
 * HTML comment) and edited in place, so a PR never collects a pile of them.
 * Never throws: commenting is a courtesy and must not change the verdict.
 */
export async function upsertComment(target: CommentTarget, marker: string, body: string): Promise<CommentResult> {
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.pullNumber, per_page: 100 });
    const existing = comments.find((c) => c.body?.includes(marker));
    const text = `${marker}\n${body}`;
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body: text });
      return { ok: true, action: 'updated', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: target.pullNumber, body: text });
    return { ok: true, action: 'created', url: data.html_url };
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { ok: false, reason: (e.status ? WHY[e.status] : undefined) ?? `the GitHub API answered: ${e.message ?? String(error)}` };
  }
}

/** The hidden marker that identifies this directory's comment; the path keeps two directories' comments apart. */
export function commentMarker(migrationsDir: string): string {
  return `<!-- migration-guard:${migrationsDir.replace(/-->/g, '')} -->`;
}
