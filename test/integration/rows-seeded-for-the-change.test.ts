import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkInProcess } from '../helpers/in-process';

// The pipeline in this process on the integration project's one PostgreSQL.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

/** An up that fails on the rows of accounts (their emails are not numbers), which only rows in the table show, as 000002 or 000003. */
function directory(mustAt: '000002' | '000003'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-seed-change-'));
  const file = (name: string, sql: string) => writeFileSync(path.join(dir, name), sql);
  file('000001_accounts.up.sql', 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n');
  file('000001_accounts.down.sql', 'DROP TABLE accounts;\n');
  const must = {
    up: 'ALTER TABLE accounts ALTER COLUMN email TYPE bigint USING email::bigint;\n',
    down: 'ALTER TABLE accounts ALTER COLUMN email TYPE text;\n',
  };
  const other = { up: 'CREATE TABLE notes (id bigint PRIMARY KEY);\n', down: 'DROP TABLE notes;\n' };
  const [second, third] = mustAt === '000002' ? [must, other] : [other, must];
  file('000002_second.up.sql', second.up);
  file('000002_second.down.sql', second.down);
  file('000003_third.up.sql', third.up);
  file('000003_third.down.sql', third.down);
  return dir;
}

const dataFindings = (run: Awaited<ReturnType<typeof checkInProcess>>) =>
  run.outcome.findings.filter((f) => f.check === 'up-fails-on-data').map((f) => f.version ?? `folded: ${f.message}`);

describe('rows are seeded for the change alone (no base: the newest migration)', () => {
  it('an older migration that fails on rows gets no seeded rows, no finding and no folded notice', async () => {
    const run = await checkInProcess(directory('000002'), ['--no-fixes'], {}, process.env, true);
    expect(dataFindings(run)).toEqual([]);
    expect((run.outcome.folded ?? []).filter((f) => f.check === 'up-fails-on-data')).toEqual([]);
    expect(run.log).toContain(
      "the lock and data rules report on the newest migration (000003), and rows are seeded for it alone; --scope all lists every migration's",
    );
    // Its up ran on empty tables, without error: no rows made it fail, none were taken out.
    expect(run.report.results.find((r) => r.version === '000002')?.steps.up).toEqual(expect.objectContaining({ status: 'ok' }));
    expect(run.report.results.find((r) => r.version === '000002')?.steps.up.withRows).toBeUndefined();
  });

  it('the same migration as the change fails on its seeded rows (the counter-example)', async () => {
    const run = await checkInProcess(directory('000003'), ['--no-fixes'], {}, process.env, true);
    expect(dataFindings(run)).toEqual(['000003']);
  });

  it('with --scope all every migration is seeded, and the older one’s finding is listed', async () => {
    const run = await checkInProcess(directory('000002'), ['--no-fixes', '--scope', 'all']);
    expect(dataFindings(run)).toEqual(['000002']);
  });
});
