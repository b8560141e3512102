import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: { body?: string; query?: string; line?: number; start_line?: number; path?: string; commit_id?: string };
  authorization?: string;
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
}

/** A review comment on lines of a file, and whether its thread is resolved (GraphQL). */
export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  line: number;
  start_line: number | null;
  commit_id: string;
  resolved: boolean;
}

/** A file of the pull request as `GET /pulls/{n}/files` lists it. */
export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed';
  patch?: string;
}

/**
 * A stand-in for api.github.com on 127.0.0.1: issue comments with real
 * pagination (Link headers), the pull request's files and review comments,
 * GraphQL's review threads (one per review comment), every request recorded.
 * `forbid` makes every call answer 403 as a fork's read-only token gets.
 */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly reviewComments: ReviewComment[] = [];
  /** What the pull request changes (set by a test). */
  pullFiles: PullFile[] = [];
  forbid = false;
  private nextId = 1000;
  private server?: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Comments by other people, so that ours is not on the first page. */
  seed(count: number): void {
    for (let i = 0; i < count; i++) this.comments.push({ id: this.nextId++, body: `unrelated comment ${i}`, html_url: `https://github.test/c/${i}` });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url!, this.url);
      this.requests.push({
        method: req.method!,
        path: url.pathname,
        body: raw ? JSON.parse(raw) : undefined,
        authorization: req.headers.authorization,
      });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (this.forbid) return send(403, { message: 'Resource not accessible by integration', status: '403' });
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const review = this.review(req.method!, url, raw);
      if (review) return send(review.status, review.body);
      if (list && req.method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = this.comments.slice((page - 1) * perPage, page * perPage);
        const more = page * perPage < this.comments.length;
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        return send(200, slice, more ? { link: `<${next}>; rel="next"` } : {});
      }
      if (list && req.method === 'POST') {
        const comment = { id: this.nextId++, body: JSON.parse(raw).body, html_url: `https://github.test/comment/${this.nextId}` };
        this.comments.push(comment);
        return send(201, comment);
      }
      if (one && req.method === 'PATCH') {
        const comment = this.comments.find((c) => c.id === Number(one[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = JSON.parse(raw).body;
        return send(200, comment);
      }
      send(404, { message: `Not Found: ${req.method} ${url.pathname}` });
    });
  }

  /** Pull-request files, review comments and GraphQL's review threads; undefined for other paths. */
  private review(method: string, url: URL, raw: string): { status: number; body: unknown } | undefined {
    const input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname) && method === 'GET') return { status: 200, body: this.pullFiles };
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.test(url.pathname)) {
      if (method === 'GET') return { status: 200, body: this.reviewComments };
      const comment: ReviewComment = {
        id: this.nextId++,
        body: String(input.body),
        path: String(input.path),
        line: Number(input.line),
        start_line: input.start_line === undefined ? null : Number(input.start_line),
        commit_id: String(input.commit_id),
        resolved: false,
      };
      this.reviewComments.push(comment);
      return { status: 201, body: comment };
    }
    const one = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(url.pathname);
    if (one) {
      const i = this.reviewComments.findIndex((c) => c.id === Number(one[1]));
      if (i < 0) return { status: 404, body: { message: 'Not Found' } };
      if (method === 'DELETE') return { status: 204, body: this.reviewComments.splice(i, 1)[0] };
      this.reviewComments[i].body = String(input.body);
      return { status: 200, body: this.reviewComments[i] };
    }
    if (url.pathname === '/graphql')
      return { status: 200, body: { data: this.graphql(String(input.query), input.variables as Record<string, unknown>) } };
    return undefined;
  }

  /** The two GraphQL operations migration-guard sends: list the review threads, resolve one. */
  private graphql(query: string, variables: Record<string, unknown>): unknown {
    if (query.includes('resolveReviewThread')) {
      const comment = this.reviewComments.find((c) => `T_${c.id}` === variables.id);
      if (comment) comment.resolved = true;
      return { resolveReviewThread: { thread: { id: variables.id } } };
    }
    const nodes = this.reviewComments.map((c) => ({ id: `T_${c.id}`, isResolved: c.resolved, comments: { nodes: [{ databaseId: c.id }] } }));
    return { repository: { pullRequest: { reviewThreads: { nodes } } } };
  }

  /** Our comments: the ones carrying migration-guard's marker. */
  get ours(): Comment[] {
    return this.comments.filter((c) => c.body.includes('<!-- migration-guard:'));
  }
}
