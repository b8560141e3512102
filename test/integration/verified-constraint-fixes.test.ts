import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/findings';
import { migrationsDir } from '../helpers/cluster';
import { apply, findingsOnceFixed } from '../helpers/apply-fixes';
import { checkInProcess } from '../helpers/in-process';
import { FIXTURES } from '../helpers/processes';

// validating-constraint's three fixes, each proven by running it before it is offered: the golang-migrate fixtures
// (migrations-fixtures/golang-migrate/README.md) with their counter-examples, then the goose and dbmate forms.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

async function findings(dir: string, args: string[] = []): Promise<Finding[]> {
  return (await checkInProcess(dir, ['--scope', 'all', ...args])).outcome.findings;
}

const constraintFindings = (all: Finding[]) => all.filter((f) => f.check === 'validating-constraint');
const named = (f: Finding | undefined) => f?.fix?.files.map((file) => [path.basename(file.path), file.content]);

function copyOf(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-fixture-'));
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

/** The fixture's two findings: the first carries a verified fix, the second none, and its hint says what the run showed. */
async function fixedAndRefused(dir: string, refused: RegExp): Promise<Finding> {
  const [fixed, counter] = constraintFindings(await findings(dir));
  expect(fixed.fix?.verified).toBe(true);
  expect(counter.fix).toBeUndefined();
  expect(counter.hint).toMatch(refused);
  return fixed;
}

/** Applied, the fixed finding is gone, the counter-example's stays, and no error appears. */
async function applyAndCheckAgain(dir: string, fixed: Finding, stays: string): Promise<void> {
  expect(apply([fixed])).toBe(1);
  const after = await findingsOnceFixed(dir);
  expect(constraintFindings(after).map((f) => path.basename(f.file ?? ''))).toEqual([stays]);
  expect(after.filter((f) => f.severity === 'error')).toEqual([]);
}

describe('validating-constraint fixes on the golang-migrate fixtures', () => {
  it('CHECK: NOT VALID where it is and VALIDATE in a new migration; not offered when a later migration drops the constraint', async () => {
    const dir = copyOf('golang-migrate/check-validated-later');
    const fixed = await fixedAndRefused(
      dir,
      /A fix was tried and not offered: it brought up-failed: .*constraint "orders_total_range" of relation "orders" does not exist/,
    );
    expect(named(fixed)).toEqual([
      [
        '20240102090000_limit_note.up.sql',
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_note_length CHECK (length(note) <= 10000) NOT VALID;\n",
      ],
      ['20240104090001_validate_orders_note_length.up.sql', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_note_length;\n'],
      [
        '20240104090001_validate_orders_note_length.down.sql',
        'ALTER TABLE orders DROP CONSTRAINT orders_note_length;\nALTER TABLE orders ADD CONSTRAINT orders_note_length CHECK (length(note) <= 10000) NOT VALID;\n',
      ],
    ]);
    // Same input, same fix, byte for byte.
    expect(constraintFindings(await findings(dir))[0].fix).toEqual(fixed.fix);
    await applyAndCheckAgain(dir, fixed, '20240103090000_limit_total.up.sql');
    expect(readdirSync(dir)).toContain('20240104090001_validate_orders_note_length.up.sql');
  });

  it('SET NOT NULL: a NOT VALID check, validated and turned into NOT NULL by a new migration; not offered when the column is renamed later', async () => {
    const dir = copyOf('golang-migrate/not-null-through-check');
    const fixed = await fixedAndRefused(
      dir,
      /A fix was tried and not offered: it brought up-failed: .*column "region" of relation "accounts" does not exist/,
    );
    expect(named(fixed)).toEqual([
      [
        '20240102090000_require_email.up.sql',
        "SET LOCAL lock_timeout = '5s';\nUPDATE accounts SET email = '' WHERE email IS NULL;\nALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n",
      ],
      ['20240102090000_require_email.down.sql', 'ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_email_not_null;\n'],
      [
        '20240104090001_accounts_email_set_not_null.up.sql',
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_not_null;\n" +
          'ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;\nALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;\n',
      ],
      [
        '20240104090001_accounts_email_set_not_null.down.sql',
        'ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;\nALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n',
      ],
    ]);
    await applyAndCheckAgain(dir, fixed, '20240103090000_require_region.up.sql');
  });

  it('UNIQUE: the index built CONCURRENTLY one version before, then USING INDEX; not offered for a column the same file adds', async () => {
    const dir = copyOf('golang-migrate/unique-through-index');
    const fixed = await fixedAndRefused(
      dir,
      /A fix was tried and not offered: it brought up-failed: 20240103089999 up failed at line 1: column "handle" does not exist/,
    );
    expect(named(fixed)).toEqual([
      [
        '20240102090000_unique_external_id.up.sql',
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_external_id_key UNIQUE USING INDEX users_external_id_key;\n",
      ],
      [
        '20240102090000_unique_external_id.down.sql',
        'ALTER TABLE users DROP CONSTRAINT users_external_id_key;\nCREATE UNIQUE INDEX IF NOT EXISTS users_external_id_key ON users (external_id);\n',
      ],
      [
        '20240102089999_users_external_id_key_concurrently.up.sql',
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_external_id_key ON users (external_id);\n',
      ],
      ['20240102089999_users_external_id_key_concurrently.down.sql', 'DROP INDEX CONCURRENTLY IF EXISTS users_external_id_key;\n'],
    ]);
    await applyAndCheckAgain(dir, fixed, '20240103090000_add_handle.up.sql');
  });

  it('a unique index the same file takes over USING INDEX: built CONCURRENTLY one version before, not after the newest', async () => {
    const dir = copyOf('golang-migrate/unique-through-index');
    const [finding] = (await findings(dir)).filter((f) => f.check === 'blocking-index-build');
    expect(finding.fix?.verified).toBe(true);
    expect(named(finding)).toEqual([
      [
        '20240104090000_unique_account_ref.up.sql',
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_account_ref_key UNIQUE USING INDEX users_account_ref_idx;\n",
      ],
      [
        '20240104090000_unique_account_ref.down.sql',
        'ALTER TABLE users DROP CONSTRAINT users_account_ref_key;\nCREATE UNIQUE INDEX IF NOT EXISTS users_account_ref_idx ON users (account_ref);\n',
      ],
      [
        '20240104089999_users_account_ref_idx_concurrently.up.sql',
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_account_ref_idx ON users (account_ref);\n',
      ],
      ['20240104089999_users_account_ref_idx_concurrently.down.sql', 'DROP INDEX CONCURRENTLY IF EXISTS users_account_ref_idx;\n'],
    ]);
    expect(apply([finding])).toBe(1);
    const after = await findingsOnceFixed(dir);
    expect(after.filter((f) => f.check === 'blocking-index-build')).toEqual([]);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('FOREIGN KEY: NOT VALID and VALIDATE as for a CHECK (without seeded rows, whose made-up keys no parent holds)', async () => {
    const dir = migrationsDir({
      '000001_orders.up.sql': 'CREATE TABLE customers (id int PRIMARY KEY);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int);\n',
      '000001_orders.down.sql': 'DROP TABLE orders;\nDROP TABLE customers;\n',
      '000002_fk.up.sql':
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);\n",
      '000002_fk.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;\n',
    });
    const [finding] = constraintFindings(await findings(dir, ['--no-seed-data']));
    expect(finding.fix?.verified).toBe(true);
    expect(named(finding)?.slice(1)).toEqual([
      ['000003_validate_orders_customer_fk.up.sql', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;\n'],
      [
        '000003_validate_orders_customer_fk.down.sql',
        'ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;\n' +
          'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n',
      ],
    ]);
    expect(apply([finding])).toBe(1);
    const after = await findingsOnceFixed(dir, ['--no-seed-data']);
    expect(constraintFindings(after)).toEqual([]);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is not written after an up that fails on rows: the run after it goes on without rows, where any VALIDATE passes', async () => {
    const dir = migrationsDir({
      '000001_items.up.sql': 'CREATE TABLE items (id int PRIMARY KEY, note text, label text);\n',
      '000001_items.down.sql': 'DROP TABLE items;\n',
      '000002_limits.up.sql':
        "SET LOCAL lock_timeout = '5s';\nALTER TABLE items ADD CONSTRAINT items_note_length CHECK (length(note) <= 10000);\n" +
        'ALTER TABLE items ALTER COLUMN label SET NOT NULL;\n',
      '000002_limits.down.sql': 'ALTER TABLE items ALTER COLUMN label DROP NOT NULL;\nALTER TABLE items DROP CONSTRAINT items_note_length;\n',
    });
    const all = await findings(dir);
    expect(all.map((f) => f.check)).toContain('up-fails-on-data');
    const found = constraintFindings(all);
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(f.fix).toBeUndefined();
      expect(f.hint).toContain('No fix is offered: the up already fails on rows like production may hold (up-fails-on-data)');
    }
  });

  it('is not written for consecutive versions with no room before the migration, and says why', async () => {
    const dir = migrationsDir({
      '000001_users.up.sql': 'CREATE TABLE users (id int PRIMARY KEY, external_id text);\n',
      '000001_users.down.sql': 'DROP TABLE users;\n',
      '000002_unique.up.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_external_id_key UNIQUE (external_id);\n",
      '000002_unique.down.sql': 'ALTER TABLE users DROP CONSTRAINT users_external_id_key;\n',
    });
    const [finding] = constraintFindings(await findings(dir));
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toContain('No fix is offered: no version is free just before 000002');
    // The same for a unique index taken over USING INDEX in its own file (blocking-index-build's fix).
    writeFileSync(
      path.join(dir, '000002_unique.up.sql'),
      "SET LOCAL lock_timeout = '5s';\nCREATE UNIQUE INDEX users_external_id_idx ON users (external_id);\n" +
        'ALTER TABLE users ADD CONSTRAINT users_external_id_key UNIQUE USING INDEX users_external_id_idx;\n',
    );
    const [index] = (await findings(dir)).filter((f) => f.check === 'blocking-index-build');
    expect(index.fix).toBeUndefined();
    expect(index.hint).toContain('No fix is offered: users_external_id_key takes the index over in the same file');
  });
});

/** One migration per entry, written in the tool's form: a table, then the statement the finding is on. */
const FORMS = {
  goose: (up: string, down: string) => `-- +goose Up\n${up}\n\n-- +goose Down\n${down}\n`,
  dbmate: (up: string, down: string) => `-- migrate:up\n${up}\n\n-- migrate:down\n${down}\n`,
};
const LOCK = "SET LOCAL lock_timeout = '5s';";

describe.each(Object.entries(FORMS))('validating-constraint fixes in the %s form', (tool, form) => {
  const dirWith = (up: string, down: string) =>
    migrationsDir({
      '20240101090000_create.sql': form('CREATE TABLE items (id int PRIMARY KEY, note text, label text, external_id text);', 'DROP TABLE items;'),
      '20240102090000_change.sql': form(`${LOCK}\n${up}`, down),
    });

  it.each([
    [
      'CHECK',
      'ALTER TABLE items ADD CONSTRAINT items_note_length CHECK (length(note) <= 10000);',
      'ALTER TABLE items DROP CONSTRAINT items_note_length;',
      '20240102090001_validate_items_note_length.sql',
      form(
        'ALTER TABLE items VALIDATE CONSTRAINT items_note_length;',
        'ALTER TABLE items DROP CONSTRAINT items_note_length;\nALTER TABLE items ADD CONSTRAINT items_note_length CHECK (length(note) <= 10000) NOT VALID;',
      ),
    ],
    [
      'SET NOT NULL',
      "UPDATE items SET label = '' WHERE label IS NULL;\nALTER TABLE items ALTER COLUMN label SET NOT NULL;",
      'ALTER TABLE items ALTER COLUMN label DROP NOT NULL;',
      '20240102090001_items_label_set_not_null.sql',
      form(
        `${LOCK}\nALTER TABLE items VALIDATE CONSTRAINT items_label_not_null;\nALTER TABLE items ALTER COLUMN label SET NOT NULL;\nALTER TABLE items DROP CONSTRAINT items_label_not_null;`,
        'ALTER TABLE items ALTER COLUMN label DROP NOT NULL;\nALTER TABLE items ADD CONSTRAINT items_label_not_null CHECK (label IS NOT NULL) NOT VALID;',
      ),
    ],
    [
      'UNIQUE',
      'ALTER TABLE items ADD CONSTRAINT items_external_id_key UNIQUE (external_id);',
      'ALTER TABLE items DROP CONSTRAINT items_external_id_key;',
      '20240102089999_items_external_id_key_concurrently.sql',
      tool === 'goose'
        ? '-- +goose NO TRANSACTION\n' +
          form(
            'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS items_external_id_key ON items (external_id);',
            'DROP INDEX CONCURRENTLY IF EXISTS items_external_id_key;',
          )
        : form(
            'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS items_external_id_key ON items (external_id);',
            'DROP INDEX CONCURRENTLY IF EXISTS items_external_id_key;',
          ).replace(/^(-- migrate:(?:up|down))$/gm, '$1 transaction:false'),
    ],
  ])('%s: the new migration in the tool’s form; applied, the next check is clean', async (_kind, up, down, name, text) => {
    const dir = dirWith(up, down);
    const [finding] = constraintFindings(await findings(dir));
    expect(finding.fix?.verified).toBe(true);
    expect(finding.fix?.files.find((f) => path.basename(f.path) === name)?.content).toBe(text);
    expect(apply([finding])).toBe(1);
    expect(readdirSync(dir)).toContain(name);
    const after = await findingsOnceFixed(dir);
    expect(constraintFindings(after)).toEqual([]);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
