import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_IDS } from '../../src/checks';
import { sarifText } from '../../src/report/machine-readable';
import { VERSION } from '../../src/version';
import { docsRefFor } from '../../src/report/docs-link';
import { FakeGitHubApi } from '../helpers/github-api';
import { TestRepo } from '../helpers/git-repo';
import { checkInProcess } from '../helpers/in-process';
import { FIXTURES, parseWorkflowCommands, ROOT, runAction } from '../helpers/processes';

// SARIF's content is built from the outcome: that test runs the pipeline in this process on the integration project's
// one PostgreSQL, and renders both reports from one run. The comment, the annotations and the files the action writes
// go through the bundled action.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const HEAD_SHA = 'c0ffee0000000000000000000000000000000042';
/** Outside an action run from a repository and ref (GITHUB_ACTION_REPOSITORY/_REF), check pages link to this release's tag. */
const DOCS = `https://github.com/migration-guard/migration-guard/blob/${docsRefFor(VERSION)}/docs/checks`;
/** Timings, server versions and the release in links change from run to run or release to release; everything else is stable. */
const stable = (s: string) =>
  s
    .split(DOCS)
    .join('<docs>')
    .replace(/(?<!')\b\d+(\.\d+)?m?s\b/g, 'N ms')
    .replace(/Checked on .*?(?=; start-up)/, 'Checked on <server>')
    .replace(/\b[0-9a-f]{12}\b/g, '<commit>');

let api: FakeGitHubApi;
beforeEach(async () => {
  api = await new FakeGitHubApi().start();
});
afterEach(async () => api.stop());

/** A repository holding a copy of a fixture as `migrations/`, and the runner environment of a pull request on it. */
function pullRequestOn(fixture: string): { repo: TestRepo; run: (inputs?: Record<string, string>) => ReturnType<typeof runAction> } {
  const repo = TestRepo.create({});
  const base = repo.git('rev-parse', 'HEAD');
  cpSync(path.join(FIXTURES, 'golang-migrate', fixture), repo.migrations, { recursive: true });
  repo.commit('the pull request adds the migrations');
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
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '99',
  };
  return {
    repo,
    run: (inputs = {}) => runAction({ 'migrations-path': 'migrations', postgres: 'local', 'github-token': 'test-token', ...inputs }, env),
  };
}

describe('the sticky PR comment', () => {
  it('is created on the first run, updated in place on the second, and says so when a later run is clean', async () => {
    const { repo, run } = pullRequestOn('down-incomplete');
    const first = await run();
    expect(first.code).toBe(1);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.includes('/issues/'))).toHaveLength(1);
    expect(api.requests[0].authorization).toBe('token test-token');
    expect(api.ours).toHaveLength(1);
    const body = api.ours[0].body;
    expect(body.startsWith('<!-- migration-guard:migrations -->\n## ❌ 1 error blocks this merge (fail-on: error)\n')).toBe(true);
    expect(body).toContain(`[\`down-incomplete\`](${DOCS}/down-incomplete.md)`);
    // Grouped by file, the heading linked to the file and the finding to its line, at the PR's head.
    const file = `https://github.com/acme/shop/blob/${HEAD_SHA}/migrations/000002_customer_profile.down.sql`;
    expect(body).toContain(`#### ❌ [\`000002_customer_profile.down.sql\`](${file})\n`);
    expect(body).toContain(`· [line 1](${file}#L1): `);
    // The SQL it points at, and the fix in sight.
    expect(body).toMatch(
      /\n {2}```sql\n {2}-- Forgets the index, the function and the type; leaves avatar_url in place.\n {2}ALTER TABLE customers DROP COLUMN tier;\n {2}```\n/,
    );
    // The down-incomplete fixture's finding carries a verified fix (src/fixes/), shown in place of the advice.
    expect(body).toContain('  **Verified fix:** ');
    // The migrations table agrees with the findings: the migration with the error is marked so.
    expect(body).toMatch(/<details><summary>2 migration\(s\): up, down, up again<\/summary>[\s\S]*\| `000002_customer_profile` \| ❌ 1 \| ok/);
    expect(stable(body)).toMatchSnapshot();

    const second = await run();
    expect(second.code).toBe(1);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.includes('/issues/'))).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/'))).toHaveLength(1);
    expect(api.ours).toHaveLength(1);

    repo.write({
      '000002_customer_profile.down.sql':
        'DROP FUNCTION customer_label(customers);\nDROP INDEX customers_email_idx;\nALTER TABLE customers DROP COLUMN avatar_url;\nALTER TABLE customers DROP COLUMN tier;\nDROP TYPE customer_tier;\n',
    });
    const third = await run();
    expect(third.code).toBe(0);
    expect(api.ours).toHaveLength(1);
    expect(api.ours[0].body).toContain('## ✅ Nothing blocks this merge: no findings');
    expect(api.ours[0].body).toContain(
      'no findings. Every migration applies, its down restores the schema from before it, and it applies again identically.',
    );
    expect(third.stdout).toMatch(/PR comment updated: https:\/\/github\.test\/comment\/\d+/);
  });

  it('finds its comment again on a later page of a long discussion', async () => {
    const { run } = pullRequestOn('valid');
    api.seed(150);
    api.comments.push({ id: 7, body: '<!-- migration-guard:migrations -->\nold report', html_url: 'https://github.test/c/7' });
    api.seed(30);
    await run();
    expect(api.requests.filter((r) => r.method === 'GET' && r.path.includes('/issues/')).length).toBe(2);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.includes('/issues/'))).toEqual([]);
    expect(api.requests.find((r) => r.method === 'PATCH')!.path).toBe('/repos/acme/shop/issues/comments/7');
    expect(api.ours).toHaveLength(1);
  });

  it('keeps one comment per migrations directory', async () => {
    const { repo, run } = pullRequestOn('valid');
    cpSync(path.join(FIXTURES, 'golang-migrate', 'gap'), path.join(repo.dir, 'other'), { recursive: true });
    await run();
    // Which comment a directory gets is the subject: no fix trials for gap's lock findings (the first test shows a fix in the comment).
    await run({ 'migrations-path': 'other', fixes: 'false' });
    await run();
    expect(api.ours.map((c) => c.body.split('\n')[0]).sort()).toEqual(['<!-- migration-guard:migrations -->', '<!-- migration-guard:other -->']);
  });

  it('warns once and leaves the verdict alone when the token may not comment (fork PRs)', async () => {
    api.forbid = true;
    const passing = await pullRequestOn('valid').run();
    expect(passing.code).toBe(0);
    expect(passing.outputs.result).toBe('passed');
    const warnings = parseWorkflowCommands(passing.stdout).filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([
      'no PR comment: the token may not write pull-request comments (403). Pull requests from forks get a read-only GITHUB_TOKEN; otherwise give the job `permissions: pull-requests: write`. The verdict is unchanged.',
    ]);
    // The warning is the subject: no fix trials (a fix never changes the verdict).
    const failing = await pullRequestOn('down-incomplete').run({ fixes: 'false' });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::warning::no PR comment: the token may not write');
  });

  it('is not attempted outside pull requests, or with comment: false', async () => {
    const { run } = pullRequestOn('valid');
    await run({ comment: 'false' });
    const push = await runAction(
      { 'migrations-path': 'migrations-fixtures/golang-migrate/valid', postgres: 'local', 'github-token': 't' },
      { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/shop' },
    );
    expect(push.code).toBe(0);
    expect(api.requests).toEqual([]);
  });
});

describe("annotations within GitHub's limits", () => {
  it('prints at most 10 per level, the most important first, says how many more in the last, and the summary lists all', async () => {
    const files: Record<string, string> = {};
    for (let v = 1; v <= 30; v++) files[`${String(v).padStart(3, '0')}_broken.up.sql`] = `CREATE TABLE t${v} (id int);\nSELEC ${v};\n`;
    // Every version has a down; all but the first are named unlike their up: a mismatched-pair warning each.
    for (let v = 1; v <= 30; v++) files[`${String(v).padStart(3, '0')}_${v === 1 ? 'broken' : 'renamed'}.down.sql`] = `DROP TABLE t${v};\n`;
    const repo = TestRepo.create(files);
    const result = await runAction({ 'migrations-path': 'migrations', postgres: 'local', 'base-ref': 'HEAD' }, { GITHUB_WORKSPACE: repo.dir });
    const annotations = parseWorkflowCommands(result.stdout).filter((a) => a.props.title);
    const errors = annotations.filter((a) => a.level === 'error');
    const warnings = annotations.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(errors.map((a) => a.props.file)).toEqual(
      Array.from({ length: 10 }, (_, i) => `migrations/${String(i + 1).padStart(3, '0')}_broken.up.sql`),
    );
    expect(errors[0]).toMatchObject({ props: { title: 'up-failed', line: '2', col: '1' } });
    expect(errors[9].message).toContain(
      '… and 20 more error finding(s) not shown as annotations (GitHub shows 10 per step): the job summary lists all 59 findings.',
    );
    expect(errors.slice(0, 9).every((a) => !a.message.includes('more error finding'))).toBe(true);
    expect(warnings).toHaveLength(10);
    expect(warnings[9].message).toContain('… and 19 more warning finding(s)');
    for (let v = 1; v <= 30; v++) expect(result.summary).toContain(`#### ❌ \`${String(v).padStart(3, '0')}_broken.up.sql\`\n`);
    // The 29 mismatched-pair warnings are one line naming the files.
    expect(result.summary).toMatch(/^- ⚠️ \[`mismatched-pair`\]\(.*\) in 29 files: /m);
    expect(result.summary.match(/^- ❌ \[`up-failed`\]/gm)).toHaveLength(30);
    expect(
      stable(
        annotations
          .slice(8, 12)
          .map((a) => `${a.level} ${JSON.stringify(a.props)} ${a.message}`)
          .join('\n'),
      ),
    ).toMatchSnapshot();
  });

  it('counts its own warnings against the limit so that no finding is silently dropped', async () => {
    const files: Record<string, string> = {};
    for (let v = 1; v <= 12; v++) files[`${String(v).padStart(3, '0')}_t.up.sql`] = `CREATE TABLE t${v} (id int);\n`;
    // Every version has a down; the 11 after the first are named unlike their up: a mismatched-pair warning each.
    for (let v = 1; v <= 12; v++) files[`${String(v).padStart(3, '0')}_${v === 1 ? 't' : 'renamed'}.down.sql`] = `DROP TABLE t${v};\n`;
    const repo = TestRepo.create(files);
    // An unknown base-ref gives one warning of our own before the 11 mismatched-pair warnings.
    const result = await runAction({ 'migrations-path': 'migrations', postgres: 'local', 'base-ref': 'no-such-tag' }, { GITHUB_WORKSPACE: repo.dir });
    const warnings = parseWorkflowCommands(result.stdout).filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[9].message).toContain('… and 2 more warning finding(s)');
  });

  it('spans the whole failing statement with endLine', async () => {
    const repo = TestRepo.create({
      '001_x.up.sql': 'CREATE TABLE a (id int);\nCREATE TABLE b (\n  id int,\n  a_id int REFERENCES nope (id)\n);\n',
      '001_x.down.sql': 'DROP TABLE a;\n',
    });
    const result = await runAction({ 'migrations-path': 'migrations', postgres: 'local', 'base-ref': 'HEAD' }, { GITHUB_WORKSPACE: repo.dir });
    const [failure] = parseWorkflowCommands(result.stdout).filter((a) => a.props.title === 'up-failed');
    expect(failure.props).toMatchObject({ line: '2', endLine: '5' });
    expect(failure.message).toContain(`Docs: ${DOCS}/up-failed.md`);
  });
});

describe('SARIF 2.1.0', () => {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validate = (() => {
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(schema);
  })();

  it('is accepted by the SARIF schema with one result per finding and one rule per check', async () => {
    // `--format sarif` and `--format json` of one run: the outcome rendered both ways, as the CLI renders it.
    // SARIF renders no fix (src/report/machine-readable.ts): no fix trials.
    const run = await checkInProcess('migrations-fixtures/golang-migrate/down-incomplete', ['--postgres', 'local', '--no-fixes']);
    expect(run.outcome.exitCode).toBe(1);
    const log = JSON.parse(sarifText(run.outcome, ROOT, []));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const findings = run.report.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(log.runs[0].results).toHaveLength(findings.length);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(CHECK_IDS);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'down-incomplete',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'migrations-fixtures/golang-migrate/down-incomplete/000002_customer_profile.down.sql', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1 },
          },
        },
      ],
    });
    for (const rule of log.runs[0].tool.driver.rules) expect(rule.helpUri).toBe(`${DOCS}/${rule.id}.md`);
    log.runs[0].originalUriBaseIds['%SRCROOT%'].uri = '<root>';
    expect(log).toMatchSnapshot();
  });

  it('is written by the action to sarif-file and named in the outputs', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-sarif-'));
    const result = await runAction({
      'migrations-path': 'migrations-fixtures/golang-migrate/missing-down',
      postgres: 'local',
      'sarif-file': path.join(dir, 'out.sarif'),
    });
    expect(result.outputs.sarif).toBe(path.join(dir, 'out.sarif'));
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['missing-down', 'missing-lock-timeout']);
  });

  it('keeps the tool version equal to package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
