import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: { body?: string };
  authorization?: string;
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
}

/**
 * A stand-in for api.github.com on 127.0.0.1: issue comments with real
 * pagination (Link headers), every request recorded. `forbid` makes every
 * call answer 403 as a fork's read-only token gets.
 */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
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

  /** Our comments: the ones carrying migration-guard's marker. */
  get ours(): Comment[] {
    return this.comments.filter((c) => c.body.includes('<!-- migration-guard:'));
  }
}
