import { describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git-repo';
import { runCliAsUser } from '../helpers/processes';

interface JsonReport {
  findings: { check: string; severity: string; file?: string; line?: number }[];
  folded?: { check: string; file?: string }[];
  base?: { commit: string; label: string };
}

// Issue 25, point 1: the CLI run in a clone takes the merge base with the remote's default branch as its base, as the
// action does on a pull request, so the lock rules speak on what the branch adds, not on migrations merged long ago.
const MERGED = {
  '000001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, total int, placed_at timestamptz);\n',
  '000001_orders.down.sql': 'DROP TABLE orders;\n',
  // A hazard merged long ago: history, whatever the branch does.
  '000002_index_total.up.sql': 'CREATE INDEX orders_total_idx ON orders (total);\n',
  '000002_index_total.down.sql': 'DROP INDEX orders_total_idx;\n',
};

/** A clone of a repository whose main holds MERGED, on a branch that adds an index on the merged table. */
function branchOfClone(): { clone: TestRepo; mergeBase: string } {
  const upstream = TestRepo.create(MERGED);
  const clone = TestRepo.clone(upstream);
  clone.git('checkout', '-q', '-b', 'feature');
  clone.write({
    '000003_index_placed_at.up.sql': 'CREATE INDEX orders_placed_at_idx ON orders (placed_at);\n',
    '000003_index_placed_at.down.sql': 'DROP INDEX orders_placed_at_idx;\n',
  });
  clone.commit('feature');
  return { clone, mergeBase: upstream.git('rev-parse', 'HEAD') };
}

async function check(repo: TestRepo, extra: string[] = []) {
  // A terminal outside GitHub Actions: no GITHUB_ACTIONS, no event.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR };
  const result = await runCliAsUser(['check', 'migrations', '--postgres', 'local', '--format', 'json', ...extra], { cwd: repo.dir, env });
  const report = JSON.parse(result.stdout) as JsonReport;
  return { ...result, report, brief: report.findings.map((f) => `${f.check} ${f.severity} ${f.file ?? ''}:${f.line ?? 0}`).sort() };
}

describe('the CLI in a clone whose remote has a default branch', () => {
  it('takes the merge base with it as the base, says so once, and judges what the branch adds', async () => {
    const { clone, mergeBase } = branchOfClone();
    const { report, brief, stderr, code } = await check(clone);
    expect(report.base).toEqual({ commit: mergeBase, label: 'the merge base with origin/main' });
    expect(
      stderr.match(/no --base given: comparing with the merge base with origin\/main \([0-9a-f]{12}\), as the action does on pull requests/g),
    ).toHaveLength(1);
    expect(brief).toEqual([
      'blocking-index-build warning migrations/000003_index_placed_at.up.sql:1',
      'missing-lock-timeout warning migrations/000003_index_placed_at.up.sql:1',
    ]);
    expect(code).toBe(0);
  });

  it('with --scope all takes no base and lists the merged migration too (the counter-example)', async () => {
    const { clone } = branchOfClone();
    const { report, brief, stderr } = await check(clone, ['--scope', 'all']);
    expect(report.base).toBeUndefined();
    expect(stderr).not.toContain('no --base given');
    expect(brief).toEqual([
      'blocking-index-build warning migrations/000002_index_total.up.sql:1',
      'blocking-index-build warning migrations/000003_index_placed_at.up.sql:1',
      'missing-lock-timeout warning migrations/000002_index_total.up.sql:1',
      'missing-lock-timeout warning migrations/000003_index_placed_at.up.sql:1',
    ]);
  });

  it('without a default branch folds the older migrations into one notice per check, every finding kept in folded', async () => {
    const repo = TestRepo.create({
      ...MERGED,
      '000003_index_placed_at.up.sql': 'CREATE INDEX orders_placed_at_idx ON orders (placed_at);\n',
      '000003_index_placed_at.down.sql': 'DROP INDEX orders_placed_at_idx;\n',
    });
    const { report, brief, stderr } = await check(repo);
    expect(report.base).toBeUndefined();
    expect(stderr).toContain('there is no base to compare with (the remote origin has no default branch here');
    expect(brief).toEqual([
      'blocking-index-build notice migrations/000002_index_total.up.sql:1',
      'blocking-index-build warning migrations/000003_index_placed_at.up.sql:1',
      'missing-lock-timeout notice migrations/000002_index_total.up.sql:1',
      'missing-lock-timeout warning migrations/000003_index_placed_at.up.sql:1',
    ]);
    expect((report.folded ?? []).map((f) => `${f.check} ${f.file ?? ''}`).sort()).toEqual([
      'blocking-index-build migrations/000002_index_total.up.sql',
      'missing-lock-timeout migrations/000002_index_total.up.sql',
    ]);
  });
});
