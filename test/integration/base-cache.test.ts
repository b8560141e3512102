import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { TestRepo } from '../helpers/git-repo';
import { checkInProcess } from '../helpers/in-process';

/**
 * scope: changed on a local cluster keeps the state at the base (servers/base-cache.ts); the pull request's next run
 * starts from it instead of applying the history again. A token in the files makes this test's key its own.
 */
function history(token: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 5; i++) {
    const v = String(i).padStart(6, '0');
    files[`${v}_t${i}.up.sql`] = `-- ${token}\nCREATE TABLE t${i} (id int PRIMARY KEY, name text NOT NULL DEFAULT '');\n`;
    files[`${v}_t${i}.down.sql`] = `DROP TABLE t${i};\n`;
  }
  // A session setting the history leaves: the restored session must resume it (the change's table lands in app).
  files['000006_app.up.sql'] = "CREATE SCHEMA app;\nCREATE TYPE app.mood AS ENUM ('ok');\nSET search_path = app, public;\n";
  files['000006_app.down.sql'] = 'SET search_path = public;\nDROP TYPE app.mood;\nDROP SCHEMA app;\n';
  return files;
}

const CHANGE = {
  '000007_change.up.sql': 'CREATE TABLE placed (id int, mood mood);\nCREATE INDEX t1_name_idx ON t1 (name);\n',
  '000007_change.down.sql': 'DROP INDEX t1_name_idx;\nDROP TABLE placed;\n',
};

async function pullRequest(repo: TestRepo, base: string) {
  const { report } = await checkInProcess(
    'migrations',
    ['--postgres', 'local', '--base', base, '--scope', 'changed'],
    {},
    process.env,
    false,
    repo.dir,
  );
  const seen = {
    findings: JSON.stringify([report.findings, report.folded]),
    results: JSON.stringify(report.results.map((r) => [r.version, r.steps.up.status, r.steps.down.status, r.steps.reup.status, r.differences])),
  };
  return { seen, state: report.postgres?.baseState };
}

it('a pull request run twice gives byte-identical findings, the second from the base state the first kept', async () => {
  const repo = TestRepo.create(history(randomBytes(6).toString('hex')));
  const base = repo.git('rev-parse', 'HEAD');
  repo.write(CHANGE);
  repo.commit('the change');
  const cold = await pullRequest(repo, base);
  const warm = await pullRequest(repo, base);
  expect(cold.state).toBe('kept');
  expect(warm.state).toBe('restored');
  expect(warm.seen).toEqual(cold.seen);
  expect(cold.seen.findings).toContain('blocking-index-build');
  // The change's table uses the enum of schema app unqualified: its up passes only on a session that resumed search_path.
  expect(warm.seen.results).toContain('["000007","ok","ok","ok"');
});

it('a pull request that changes an earlier migration does not take the base state kept without that change', async () => {
  const repo = TestRepo.create(history(randomBytes(6).toString('hex')));
  const base = repo.git('rev-parse', 'HEAD');
  repo.write(CHANGE);
  repo.commit('the change');
  expect((await pullRequest(repo, base)).state).toBe('kept');
  repo.write({ '000003_t3.up.sql': "CREATE TABLE t3 (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x');\n" });
  repo.commit('an earlier migration changed');
  const edited = await pullRequest(repo, base);
  expect(edited.state).toBe('kept');
  expect(edited.seen.findings).toContain('applied-edited');
});
