/**
 * What pr-comment.ts uses of @actions/github, for `npm run lint` only (tsconfig.lint.json maps the package here).
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
  paginate(method: unknown, params: Record<string, unknown>): Promise<IssueComment[]>;
  rest: {
    issues: {
      listComments: unknown;
      updateComment(params: Record<string, unknown>): Promise<{ data: IssueComment }>;
      createComment(params: Record<string, unknown>): Promise<{ data: IssueComment }>;
    };
  };
};
