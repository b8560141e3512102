import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import type { Finding } from '../../src/findings';
import { checkInProcess } from '../helpers/in-process';
import { sharedTestServer } from '../helpers/shared-server';
import { statementLoggingProxy } from '../helpers/wire-log';

// The pipeline in this process; every connection it makes to the shared server goes through a proxy that records
// each statement sent (test/helpers/wire-log.ts), so the test can count how often an earlier migration's up ran.
const proxy: { port?: number } = {};
vi.mock(import('../../src/servers/select-provider'), async (original) => {
  const real = await original();
  const startServer: typeof real.startServer = async (choice, request) => {
    if ((choice !== 'auto' && choice !== 'local') || request.databaseUrl || request.version || !proxy.port) return real.startServer(choice, request);
    const shared = inject('sharedServer');
    return {
      provider: 'local',
      connection: { host: '127.0.0.1', port: proxy.port, user: 'postgres', database: 'postgres' },
      description: shared.description,
      stop: () => Promise.resolve(),
      versionReason: 'the tests share one server (through a statement-logging proxy)',
    };
  };
  return { ...real, startServer };
});

let logged: Awaited<ReturnType<typeof statementLoggingProxy>>;
beforeAll(async () => {
  const shared = inject('sharedServer');
  logged = await statementLoggingProxy(path.join(shared.host, `.s.PGSQL.${shared.port}`));
  proxy.port = logged.port;
});
afterAll(async () => {
  await logged.close();
});

const MARK = '-- the first migration, counted on the wire';

/** Three migrations; the newest changes a table the first made without lock_timeout (missing-lock-timeout: a fix). */
function directory(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-trial-start-'));
  const file = (name: string, sql: string) => writeFileSync(path.join(dir, name), sql);
  file('000001_accounts.up.sql', `${MARK}\nCREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n`);
  file('000001_accounts.down.sql', 'DROP TABLE accounts;\n');
  file('000002_orders.up.sql', 'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));\n');
  file('000002_orders.down.sql', 'DROP TABLE orders;\n');
  file('000003_accounts_note.up.sql', 'ALTER TABLE accounts ADD COLUMN note text;\n');
  file('000003_accounts_note.down.sql', 'ALTER TABLE accounts DROP COLUMN note;\n');
  return dir;
}

/** How many statements sent since `from` carried the first migration's up. */
const firstUpsSince = (from: number) =>
  logged.statements
    .slice(from)
    .flat()
    .filter((s) => s.includes(MARK)).length;

/** The newest migration's missing-lock-timeout (the earlier ones' are folded into one finding without a version). */
const lockTimeout = (findings: Finding[]) => findings.filter((f) => f.check === 'missing-lock-timeout' && f.version === '000003');

describe('verified fixes start from the check’s own state', () => {
  it('runs no earlier migration again for a fix: the first up is sent as often with the fixes as without them', async () => {
    const dir = directory();
    // The user's defaults: the newest migration is the change, and its fix is tried.
    let from = logged.statements.length;
    const without = await checkInProcess(dir, ['--no-fixes', '--jobs', '1'], {}, process.env, true);
    const sentWithout = firstUpsSince(from);
    from = logged.statements.length;
    const withFixes = await checkInProcess(dir, ['--jobs', '1'], {}, process.env, true);
    const sentWith = firstUpsSince(from);

    const fixed = lockTimeout(withFixes.outcome.findings);
    expect(fixed.map((f) => f.fix?.verified)).toEqual([true]);
    expect(withFixes.log).toContain('kept the state before 000003 for the fix trials');
    expect(lockTimeout(without.outcome.findings).map((f) => f.fix)).toEqual([undefined]);
    // Up, down and up again in the check, plus the observation pass: the trial adds none (a replay would add one or more).
    expect(sentWithout).toBeGreaterThan(0);
    expect(sentWith).toBe(sentWithout);
  });

  it('starts from the kept state when an earlier up failed (the state stands for more migrations than it applied)', async () => {
    const dir = directory();
    // Before the change: an up that fails, then one that runs, so the ups applied are not the first migrations of the set.
    writeFileSync(path.join(dir, '000002_orders.up.sql'), 'SELECT 1 / 0;\n');
    writeFileSync(path.join(dir, '000003_accounts_note.up.sql'), 'CREATE TABLE notes (id bigint PRIMARY KEY);\n');
    writeFileSync(path.join(dir, '000003_accounts_note.down.sql'), 'DROP TABLE notes;\n');
    writeFileSync(path.join(dir, '000004_accounts_note.up.sql'), 'ALTER TABLE accounts ADD COLUMN note text;\n');
    writeFileSync(path.join(dir, '000004_accounts_note.down.sql'), 'ALTER TABLE accounts DROP COLUMN note;\n');
    let from = logged.statements.length;
    await checkInProcess(dir, ['--no-fixes', '--jobs', '1'], {}, process.env, true);
    const sentWithout = firstUpsSince(from);
    from = logged.statements.length;
    const withFixes = await checkInProcess(dir, ['--jobs', '1'], {}, process.env, true);
    const fixed = withFixes.outcome.findings.filter((f) => f.check === 'missing-lock-timeout' && f.version === '000004');
    expect(fixed.map((f) => f.fix?.verified)).toEqual([true]);
    expect(firstUpsSince(from)).toBe(sentWithout);
  });

  it('drops the kept state once the fixes are verified: no scratch database of this process is left', async () => {
    await checkInProcess(directory(), ['--jobs', '1'], {}, process.env, true);
    const left = await sharedTestServer().query(`SELECT datname FROM pg_database WHERE datname LIKE 'migration\\_guard\\_${process.pid}\\_%'`);
    expect(left).toEqual([]);
  });

  it('keeps nothing when the change reaches beyond its database (a role): its fixes run from a fresh database, as before', async () => {
    const dir = directory();
    // A role is the server's: the check's up, down and up again leave it as they leave it, and a trial on the same server would meet it.
    writeFileSync(
      path.join(dir, '000003_accounts_note.up.sql'),
      "ALTER TABLE accounts ADD COLUMN note text;\nCOMMENT ON ROLE mg_limited IS 'kept';\n",
    );
    const run = await checkInProcess(dir, ['--jobs', '1'], {}, process.env, true);
    expect(run.log.filter((l) => l.startsWith('kept the state'))).toEqual([]);
    expect(lockTimeout(run.outcome.findings).map((f) => f.fix?.verified)).toEqual([true]);
  });

  it('keeps nothing when no fix is wanted (--no-fixes)', async () => {
    const run = await checkInProcess(directory(), ['--no-fixes', '--jobs', '1'], {}, process.env, true);
    expect(run.log.filter((l) => l.startsWith('kept the state'))).toEqual([]);
  });
});
