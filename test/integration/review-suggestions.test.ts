import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHubApi } from '../helpers/github-api';
import { TestRepo } from '../helpers/git-repo';
import { FIXTURES, runAction } from '../helpers/processes';

const HEAD_SHA = 'c0ffee0000000000000000000000000000000042';
const DOWN = 'migrations/000002_customer_profile.down.sql';
const UP = 'migrations/000002_customer_profile.up.sql';

let api: FakeGitHubApi;
beforeEach(async () => {
  api = await new FakeGitHubApi().start();
});
afterEach(async () => api.stop());

/** A pull request that adds 000002 of the down-incomplete fixture to a base holding 000001: its two files are new, every line in the diff. */
function pullRequest(): { repo: TestRepo; run: () => ReturnType<typeof runAction> } {
  const fixture = path.join(FIXTURES, 'golang-migrate', 'down-incomplete');
  const repo = TestRepo.create({});
  for (const name of ['000001_create_customers.up.sql', '000001_create_customers.down.sql'])
    cpSync(path.join(fixture, name), path.join(repo.migrations, name));
  const base = repo.commit('the customers table, merged');
  cpSync(fixture, repo.migrations, { recursive: true });
  repo.commit('the pull request adds the customer profile');
  api.pullFiles = repo
    .git('diff', '--name-only', base, 'HEAD')
    .split('\n')
    .map((filename) => ({ filename, status: 'added' as const }));
  const event = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-event-')), 'event.json');
  writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 42, base: { sha: base }, head: { sha: HEAD_SHA } }, repository: { full_name: 'acme/shop' } }),
  );
  const env = {
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: 'acme/shop',
  };
  return { repo, run: () => runAction({ 'migrations-path': 'migrations', postgres: 'local', 'github-token': 'test-token' }, env) };
}

const reviewPosts = () => api.requests.filter((r) => r.method === 'POST' && /\/pulls\/\d+\/comments$/.test(r.path));
const on = (file: string) => api.reviewComments.find((c) => c.path === file);

describe('verified fixes as review suggestions', () => {
  it('are created on the changed lines, updated on a re-run instead of added again, and resolved once the fix is in', async () => {
    const { repo, run } = pullRequest();
    const first = await run();
    expect(first.code).toBe(1);
    expect(reviewPosts()).toHaveLength(2);
    const down = on(DOWN)!;
    // The down's two lines: the suggestion keeps its last line and adds the statements the down is missing.
    expect({ line: down.line, start_line: down.start_line, commit: down.commit_id }).toEqual({ line: 2, start_line: null, commit: HEAD_SHA });
    expect(down.body.split('\n')[0]).toBe(
      '<!-- migration-guard-fix:migrations:down-incomplete:000002:migrations/000002_customer_profile.down.sql -->',
    );
    expect(down.body).toContain(
      [
        '```suggestion',
        'ALTER TABLE customers DROP COLUMN tier;',
        'DROP INDEX IF EXISTS public.customers_email_idx;',
        'ALTER TABLE public.customers DROP COLUMN IF EXISTS avatar_url;',
        'DROP FUNCTION IF EXISTS public.customer_label(c customers);',
        'DROP TYPE IF EXISTS public.customer_tier;',
        '```',
      ].join('\n'),
    );
    const up = on(UP)!;
    expect(up.line).toBe(1);
    expect(up.body).toContain("```suggestion\nSET LOCAL lock_timeout = '5s';\nCREATE TYPE customer_tier AS ENUM ('bronze', 'silver', 'gold');\n```");
    expect(first.stdout).toContain('review suggestions: 2 created, 0 updated, 0 resolved, 0 outside the diff');

    // Same files: nothing is posted again. The down's last line edited: its suggestion is edited in place.
    await run();
    expect(reviewPosts()).toHaveLength(2);
    expect(api.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'))).toHaveLength(0);
    repo.write({
      '000002_customer_profile.down.sql': readFileSync(path.join(repo.migrations, '000002_customer_profile.down.sql'), 'utf8').replace(
        'COLUMN tier',
        'COLUMN IF EXISTS tier',
      ),
    });
    repo.commit('the down drops tier only if it is there');
    const third = await run();
    expect(third.stdout).toContain('review suggestions: 0 created, 1 updated, 0 resolved, 0 outside the diff');
    expect(reviewPosts()).toHaveLength(2);
    expect(api.reviewComments).toHaveLength(2);
    expect(on(DOWN)!.body).toContain('```suggestion\nALTER TABLE customers DROP COLUMN IF EXISTS tier;\nDROP INDEX IF EXISTS');

    // The suggestions committed (what "Commit suggestion" does): the findings are gone, so are the suggestions.
    for (const c of api.reviewComments) {
      const file = path.join(repo.dir, c.path);
      const lines = readFileSync(file, 'utf8').split('\n');
      const block = /```suggestion\n([\s\S]*)\n```/.exec(c.body)![1].split('\n');
      lines.splice((c.start_line ?? c.line) - 1, c.line - (c.start_line ?? c.line) + 1, ...block);
      writeFileSync(file, lines.join('\n'));
    }
    repo.commit('suggestions committed');
    const fixed = await run();
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('review suggestions: 0 created, 0 updated, 2 resolved, 0 outside the diff');
    expect(api.reviewComments.map((c) => [c.path, c.resolved, c.body.split('\n')[1]])).toEqual([
      [DOWN, true, '**migration-guard**: the finding this suggested a fix for is gone; resolved.'],
      [UP, true, '**migration-guard**: the finding this suggested a fix for is gone; resolved.'],
    ]);
    expect(reviewPosts()).toHaveLength(2);
  });

  it('skips lines the pull request does not change: GitHub refuses review comments outside the diff', async () => {
    const { run } = pullRequest();
    api.pullFiles = api.pullFiles.map((f) => (f.filename === DOWN ? { ...f, status: 'modified' as const, patch: '@@ -0,0 +1,1 @@\n+-- x' } : f));
    const result = await run();
    expect(result.stdout).toContain('review suggestions: 1 created, 0 updated, 0 resolved, 1 outside the diff');
    expect(api.reviewComments.map((c) => c.path)).toEqual([UP]);
  });
});
