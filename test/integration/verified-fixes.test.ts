import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/findings';
import { migrationsDir } from '../helpers/cluster';
import { apply, findingsOnceFixed } from '../helpers/apply-fixes';
import { checkInProcess } from '../helpers/in-process';
import { FIXTURES, runCli } from '../helpers/processes';

// The pipeline in this process on the integration project's one PostgreSQL; the fix command as a process (the bundle).
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

async function findings(dir: string, args: string[] = []): Promise<Finding[]> {
  return (await checkInProcess(dir, args)).outcome.findings;
}

const of = (all: Finding[], check: string) => all.filter((f) => f.check === check);

function copyOf(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-fixture-'));
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

describe('down-incomplete: the statements the down is missing', () => {
  it('drops what the up created, dependents first, after what the down already does; applied, the next check is clean', async () => {
    const dir = copyOf('golang-migrate/down-incomplete');
    const before = of(await findings(dir), 'down-incomplete');
    expect(before).toHaveLength(1);
    expect(before[0].fix?.verified).toBe(true);
    expect(before[0].fix?.files.map((f) => [path.basename(f.path), f.content])).toEqual([
      [
        '000002_customer_profile.down.sql',
        '-- Forgets the index, the function and the type; leaves avatar_url in place.\n' +
          'ALTER TABLE customers DROP COLUMN tier;\n' +
          'DROP INDEX IF EXISTS public.customers_email_idx;\n' +
          'ALTER TABLE public.customers DROP COLUMN IF EXISTS avatar_url;\n' +
          'DROP FUNCTION IF EXISTS public.customer_label(c customers);\n' +
          'DROP TYPE IF EXISTS public.customer_tier;\n',
      ],
    ]);
    // Same input, same fix, byte for byte.
    expect(of(await findings(dir), 'down-incomplete')[0].fix).toEqual(before[0].fix);
    apply(before);
    const after = await findingsOnceFixed(dir);
    expect(of(after, 'down-incomplete')).toEqual([]);
    expect(of(after, 'reup-failed')).toEqual([]);
  });

  it('is not offered when the drops it wrote fail: the finding says what the run showed', async () => {
    // b is created after a, but a's foreign key (added last) depends on b: dropping b first fails.
    const dir = migrationsDir({
      '000001_pair.up.sql':
        'CREATE TABLE a (id int PRIMARY KEY, b_id int);\nCREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;\n',
      '000001_pair.down.sql': '-- nothing yet\n',
    });
    const [finding] = of(await findings(dir), 'down-incomplete');
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toMatch(/A fix was tried and not offered: it brought down-failed: .*cannot drop table b because other objects depend on it/);
  });
});

describe('missing-lock-timeout: SET lock_timeout at the top, as it holds in the tool’s transaction', () => {
  it('is SET LOCAL inside goose’s transaction; applied, the next check is clean', async () => {
    const dir = migrationsDir({
      '00001_orders.sql': '-- +goose Up\nCREATE TABLE orders (id int PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE orders;\n',
      '00002_note.sql': '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\n\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;\n',
    });
    const [finding] = of(await findings(dir, ['--scope', 'changed']), 'missing-lock-timeout');
    expect(finding.fix?.files.map((f) => f.content)).toEqual([
      "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;\n\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;\n",
    ]);
    expect(apply([finding])).toBe(1);
    expect(of(await findingsOnceFixed(dir, ['--scope', 'changed']), 'missing-lock-timeout')).toEqual([]);
  });

  it('is not offered for a file that opens its own transaction, and says why', async () => {
    const dir = migrationsDir({
      '000001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY);\n',
      '000001_orders.down.sql': 'DROP TABLE orders;\n',
      '000002_note.up.sql': 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\n',
      '000002_note.down.sql': 'ALTER TABLE orders DROP COLUMN note;\n',
    });
    const [finding] = of(await findings(dir, ['--scope', 'changed']), 'missing-lock-timeout');
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toContain('No fix is offered: the file opens its own transaction; set lock_timeout after its BEGIN.');
  });
});

const ORDERS = 'CREATE TABLE orders (id int PRIMARY KEY, customer_id int);';

describe('blocking-index-build: CREATE INDEX CONCURRENTLY in a migration of its own, in the tool’s form', () => {
  it.each([
    [
      'goose',
      {
        '00001_orders.sql': `-- +goose Up\n${ORDERS}\n\n-- +goose Down\nDROP TABLE orders;\n`,
        '00002_index.sql':
          '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n\n-- +goose Down\nDROP INDEX orders_customer_idx;\nALTER TABLE orders DROP COLUMN note;\n',
      },
      '00003_orders_customer_idx_concurrently.sql',
      '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON orders (customer_id);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;\n',
    ],
    [
      'dbmate',
      {
        '20240101000000_orders.sql': `-- migrate:up\n${ORDERS}\n\n-- migrate:down\nDROP TABLE orders;\n`,
        '20240103000000_index.sql':
          '-- migrate:up\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n\n-- migrate:down\nALTER TABLE orders DROP COLUMN note;\n',
      },
      '20240103000001_orders_customer_idx_concurrently.sql',
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON orders (customer_id);\n\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;\n',
    ],
  ])('%s: the new migration runs outside a transaction; applied, the next check is clean', async (_tool, files, name, text) => {
    const dir = migrationsDir(files);
    const [finding] = of(await findings(dir, ['--scope', 'changed']), 'blocking-index-build');
    expect(finding.fix?.verified).toBe(true);
    expect(finding.fix?.files.find((f) => path.basename(f.path) === name)?.content).toBe(text);
    expect(apply([finding])).toBe(1);
    expect(readdirSync(dir)).toContain(name);
    const after = await findingsOnceFixed(dir, ['--scope', 'all']);
    expect(of(after, 'blocking-index-build')).toEqual([]);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('golang-migrate: the index gets a file pair of its own, and the old down drops it only if it is there', async () => {
    const dir = copyOf('golang-migrate/lock-hazards');
    const [finding] = of(await findings(dir), 'blocking-index-build');
    expect(finding.fix?.files.map((f) => [path.basename(f.path), f.content])).toEqual([
      ['000002_index_orders.up.sql', "SET LOCAL lock_timeout = '5s';\n"],
      ['000002_index_orders.down.sql', 'DROP INDEX IF EXISTS orders_customer_idx;\n'],
      ['000011_orders_customer_idx_concurrently.up.sql', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON orders (customer_id);\n'],
      ['000011_orders_customer_idx_concurrently.down.sql', 'DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;\n'],
    ]);
  });

  it('is not offered when a later migration needs the index where it was', async () => {
    const dir = migrationsDir({
      '000001_orders.up.sql': `${ORDERS}\n`,
      '000001_orders.down.sql': 'DROP TABLE orders;\n',
      '000002_index.up.sql': "SET LOCAL lock_timeout = '5s';\nCREATE UNIQUE INDEX orders_customer_key ON orders (customer_id);\n",
      '000002_index.down.sql': 'DROP INDEX orders_customer_key;\n',
      '000003_unique.up.sql':
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_customer_key UNIQUE USING INDEX orders_customer_key;\n",
      '000003_unique.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_customer_key;\n',
    });
    const [finding] = of(await findings(dir), 'blocking-index-build');
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toMatch(/A fix was tried and not offered: it brought up-failed: .*orders_customer_key/);
  });
});

describe('migration-guard fix', () => {
  it('prints the diff with --dry-run and writes nothing; without it writes the fixes, and the next check is clean of them', async () => {
    const dir = copyOf('golang-migrate/down-incomplete');
    const down = path.join(dir, '000002_customer_profile.down.sql');
    const original = readFileSync(down, 'utf8');
    const dry = await runCli(['fix', dir, '--scope', 'all', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`--- ${down}\n+++ ${down}\n@@ -1,2 +1,6 @@\n -- Forgets the index`);
    expect(dry.stdout).toContain('+DROP TYPE IF EXISTS public.customer_tier;\n');
    expect(readFileSync(down, 'utf8')).toBe(original);
    const fixed = await runCli(['fix', dir, '--scope', 'all']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain(`fixed down-incomplete (000002): Adds to 000002_customer_profile.down.sql`);
    expect(fixed.stdout).toContain(`  changed ${down}`);
    expect(readFileSync(down, 'utf8')).not.toBe(original);
    const after = await runCli(['check', dir, '--scope', 'all', '--format', 'json', '--no-fixes']);
    expect(JSON.parse(after.stdout).findings.map((f: Finding) => f.check)).not.toContain('down-incomplete');
  });
});
