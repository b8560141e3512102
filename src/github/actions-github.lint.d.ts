/**
 * What pr-comment.ts and review-suggestions.ts use of @actions/github, for `npm run lint` only (tsconfig.lint.json maps the package here).
 * The package's own declarations describe GitHub's whole REST API, about 260,000 lines that the type-aware lint would
 * load and resolve overloads in for three calls: a third of its time. `tsc` (npm test) and the bundle use the real ones.
 */
interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
}

export declare function getOctokit(
  token: string,
  options: { baseUrl: string },
): {
  paginate<T = IssueComment>(method: unknown, params: Record<string, unknown>): Promise<T[]>;
  graphql<T = unknown>(query: string, variables: Record<string, unknown>): Promise<T>;
  rest: {
    pulls: {
      listFiles: unknown;
      listReviewComments: unknown;
      createReviewComment(params: Record<string, unknown>): Promise<unknown>;
      updateReviewComment(params: Record<string, unknown>): Promise<unknown>;
      deleteReviewComment(params: Record<string, unknown>): Promise<unknown>;
    };
    issues: {
      listComments: unknown;
      updateComment(params: Record<string, unknown>): Promise<{ data: IssueComment }>;
      createComment(params: Record<string, unknown>): Promise<{ data: IssueComment }>;
    };
  };
};
