import { describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git-repo';
import { runCli } from '../helpers/processes';

interface JsonFinding {
  check: string;
  file?: string;
  line?: number;
}

// Issue 24, point 3: "created by this change" means created by a migration the change adds. An applied migration
// the pull request edits is history: its tables exist in production, so the lock rules speak on them.
const ORDERS = {
  '000001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, total int);\n',
  '000001_orders.down.sql': 'DROP TABLE orders;\n',
};

async function findingsOf(repo: TestRepo, base: string): Promise<string[]> {
  const result = await runCli(['check', 'migrations', '--base', base, '--postgres', 'local', '--format', 'json'], { cwd: repo.dir });
  const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
  return report.findings.map((f) => `${f.check} ${f.file ?? ''}:${f.line ?? 0}`).sort();
}

describe('a pull request that edits an applied migration', () => {
  it('keeps the lock rules on the tables that migration created: they exist in production', async () => {
    const repo = TestRepo.create(ORDERS);
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({
      '000001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, total int, note text);\n',
      '000002_index_total.up.sql': "SET LOCAL lock_timeout = '5s';\nCREATE INDEX orders_total_idx ON orders (total);\n",
      '000002_index_total.down.sql': 'DROP INDEX orders_total_idx;\n',
    });
    repo.commit('pr');
    expect(await findingsOf(repo, base)).toEqual([
      'applied-edited migrations/000001_orders.up.sql:1',
      'blocking-index-build migrations/000002_index_total.up.sql:2',
    ]);
  });

  it('stays quiet about an index on a table the change itself adds (the counter-example)', async () => {
    const repo = TestRepo.create(ORDERS);
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({
      '000001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, total int, note text);\n',
      '000002_refunds.up.sql': 'CREATE TABLE refunds (id int PRIMARY KEY, amount int);\n',
      '000002_refunds.down.sql': 'DROP TABLE refunds;\n',
      '000003_index_amount.up.sql': "SET LOCAL lock_timeout = '5s';\nCREATE INDEX refunds_amount_idx ON refunds (amount);\n",
      '000003_index_amount.down.sql': 'DROP INDEX refunds_amount_idx;\n',
    });
    repo.commit('pr');
    expect(await findingsOf(repo, base)).toEqual(['applied-edited migrations/000001_orders.up.sql:1']);
  });
});
