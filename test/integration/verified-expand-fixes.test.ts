import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
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

async function findings(dir: string): Promise<Finding[]> {
  return (await checkInProcess(dir, ['--scope', 'all'])).outcome.findings;
}

const of = (all: Finding[], check: string) => all.filter((f) => f.check === check);
const at = (f: Finding) => `${f.check} ${path.basename(f.file ?? '')}:${f.line ?? ''}`;
const named = (f: Finding | undefined) => (f?.fix?.files ?? []).map((file) => [path.basename(file.path), file.content]);

function copyOf(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-fixture-'));
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

/** The batch loop of the backfill migration for accounts.<column>, as the fix writes it. */
const backfill = (column: string) =>
  `-- Fills ${column} of the rows already in accounts, 1000 rows per transaction, each committed before the next: no row\n` +
  '-- stays locked longer than its batch. A NULL value would loop for ever: it stops the migration instead.\n' +
  'DO $$\nDECLARE\n  batch tid[];\n  still_null bigint;\nBEGIN\n  LOOP\n' +
  `    batch := ARRAY(SELECT ctid FROM accounts WHERE ${column} IS NULL LIMIT 1000);\n` +
  '    EXIT WHEN cardinality(batch) = 0;\n    WITH filled AS (\n' +
  `      UPDATE accounts SET ${column} = DEFAULT WHERE ctid = ANY (batch) AND ${column} IS NULL RETURNING ${column}\n    )\n` +
  `    SELECT count(*) FILTER (WHERE ${column} IS NULL) INTO still_null FROM filled;\n` +
  "    IF still_null > 0 THEN\n      RAISE EXCEPTION 'the backfill value is NULL: nothing to fill the rows with';\n    END IF;\n" +
  '    COMMIT;\n  END LOOP;\nEND\n$$;';

const check = (column: string) => `ALTER TABLE accounts ADD CONSTRAINT accounts_${column}_not_null CHECK (${column} IS NOT NULL) NOT VALID;`;
const backfillDown = (column: string) =>
  `ALTER TABLE accounts DROP CONSTRAINT accounts_${column}_not_null;\nUPDATE accounts SET ${column} = NULL;\n${check(column)}`;
const setNotNull = (column: string) =>
  `SET LOCAL lock_timeout = '5s';\nALTER TABLE accounts VALIDATE CONSTRAINT accounts_${column}_not_null;\n` +
  `ALTER TABLE accounts ALTER COLUMN ${column} SET NOT NULL;\nALTER TABLE accounts DROP CONSTRAINT accounts_${column}_not_null;`;
const setNotNullDown = (column: string) => `ALTER TABLE accounts ALTER COLUMN ${column} DROP NOT NULL;\n${check(column)}`;

describe('table-rewrite from a volatile default: the expand steps', () => {
  it('golang-migrate: the column added bare, its default set after, the rows filled in a file of their own, NOT NULL last', async () => {
    const dir = copyOf('golang-migrate/volatile-default-expand');
    const before = await findings(dir);
    expect(before.map(at)).toEqual(['table-rewrite 000002_add_api_token.up.sql:3', 'table-rewrite 000003_add_created_at_and_domain.up.sql:5']);
    const [fixable, generated] = before;
    expect(fixable.fix?.verified).toBe(true);
    expect(named(fixable)).toEqual([
      [
        '000002_add_api_token.up.sql',
        "SET LOCAL lock_timeout = '5s';\n-- A volatile default is evaluated for every existing row: the whole table is rewritten under ACCESS EXCLUSIVE.\n" +
          'ALTER TABLE accounts ADD COLUMN api_token uuid;\nALTER TABLE accounts ALTER COLUMN api_token SET DEFAULT gen_random_uuid();\n' +
          `${check('api_token')}\n`,
      ],
      ['000004_backfill_accounts_api_token.up.sql', `${backfill('api_token')}\n`],
      ['000004_backfill_accounts_api_token.down.sql', `${backfillDown('api_token')}\n`],
      ['000005_accounts_api_token_not_null.up.sql', `${setNotNull('api_token')}\n`],
      ['000005_accounts_api_token_not_null.down.sql', `${setNotNullDown('api_token')}\n`],
    ]);
    // The counter-example: a stored generated column has no nullable step to split off.
    expect(generated.fix).toBeUndefined();
    expect(generated.hint).toContain(
      'No fix is offered: column email_domain is declared with GENERATED ... STORED (computed for every row as it is added)',
    );
    // Same input, same fix, byte for byte.
    expect((await findings(dir))[0].fix).toEqual(fixable.fix);

    const fixed = await runCli(['fix', dir, '--scope', 'all']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('fixed table-rewrite (000002): Adds column api_token without its default');
    expect(readdirSync(dir)).toContain('000005_accounts_api_token_not_null.down.sql');
    // Clean but for the counter-example: no unbatched-backfill on the loop, no lock finding on the new files, downs undo.
    expect((await findings(dir)).map(at)).toEqual(['table-rewrite 000003_add_created_at_and_domain.up.sql:5']);
  });

  it.each([
    [
      'goose',
      {
        '00001_accounts.sql': '-- +goose Up\nCREATE TABLE accounts (id bigint PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE accounts;\n',
        '00002_token.sql':
          "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();\n\n-- +goose Down\nALTER TABLE accounts DROP COLUMN token;\n",
      },
      '00003_backfill_accounts_token.sql',
      '-- +goose NO TRANSACTION\n-- +goose Up\n' +
        `${backfill('token').replace('DO $$', () => '-- +goose StatementBegin\nDO $$')}\n-- +goose StatementEnd\n\n-- +goose Down\nUPDATE accounts SET token = NULL;\n`,
    ],
    [
      'dbmate',
      {
        '20240101000000_accounts.sql': '-- migrate:up\nCREATE TABLE accounts (id bigint PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE accounts;\n',
        '20240102000000_token.sql':
          "-- migrate:up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();\n\n-- migrate:down\nALTER TABLE accounts DROP COLUMN token;\n",
      },
      '20240102000001_backfill_accounts_token.sql',
      `-- migrate:up transaction:false\n${backfill('token')}\n\n-- migrate:down transaction:false\nUPDATE accounts SET token = NULL;\n`,
    ],
  ])(
    '%s: the backfill runs outside a transaction (no NOT NULL: no third step); applied, the next check is clean',
    async (_tool, files, name, text) => {
      const dir = migrationsDir(files);
      const [finding] = of(await findings(dir), 'table-rewrite');
      expect(finding.fix?.verified).toBe(true);
      expect(named(finding).map(([file]) => file)).toEqual([Object.keys(files)[1], name]);
      expect(named(finding)[1][1]).toBe(text);
      expect(named(finding)[0][1]).toContain(
        'ALTER TABLE accounts ADD COLUMN token uuid;\nALTER TABLE accounts ALTER COLUMN token SET DEFAULT gen_random_uuid();\n\n',
      );
      expect(apply([finding])).toBe(1);
      expect(await findings(dir)).toEqual([]);
    },
  );
});

describe('an expand fix its run disproves', () => {
  it('is not offered when a later migration drops the column: the backfill after the newest cannot run', async () => {
    const dir = migrationsDir({
      '000001_accounts.up.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY);\n',
      '000001_accounts.down.sql': 'DROP TABLE accounts;\n',
      '000002_token.up.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();\n",
      '000002_token.down.sql': 'ALTER TABLE accounts DROP COLUMN token;\n',
      '000003_no_token.up.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE accounts DROP COLUMN token;\n",
      '000003_no_token.down.sql': 'ALTER TABLE accounts ADD COLUMN token uuid;\n',
    });
    const [finding] = of(await findings(dir), 'table-rewrite');
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toMatch(/A fix was tried and not offered: it brought up-failed: 000004 up failed .*column "token" does not exist/);
  });
});

describe('the expand steps say the table and column as the migration does', () => {
  it('keeps a schema and quoted names, and quotes the check’s name where PostgreSQL would fold it', async () => {
    const dir = migrationsDir({
      '000001_accounts.up.sql': 'CREATE SCHEMA billing;\nCREATE TABLE billing."Accounts" (id bigint PRIMARY KEY);\n',
      '000001_accounts.down.sql': 'DROP SCHEMA billing CASCADE;\n',
      '000002_token.up.sql': `SET LOCAL lock_timeout = '5s';\nALTER TABLE billing."Accounts" ADD "ApiToken" uuid NOT NULL DEFAULT gen_random_uuid();\n`,
      '000002_token.down.sql': 'ALTER TABLE billing."Accounts" DROP COLUMN "ApiToken";\n',
    });
    const [finding] = of(await findings(dir), 'table-rewrite');
    expect(finding.fix?.verified).toBe(true);
    expect(named(finding).map(([file]) => file)).toEqual([
      '000002_token.up.sql',
      '000003_backfill_accounts_apitoken.up.sql',
      '000003_backfill_accounts_apitoken.down.sql',
      '000004_accounts_apitoken_not_null.up.sql',
      '000004_accounts_apitoken_not_null.down.sql',
    ]);
    expect(named(finding)[0][1]).toBe(
      "SET LOCAL lock_timeout = '5s';\n" +
        'ALTER TABLE billing."Accounts" ADD "ApiToken" uuid;\n' +
        'ALTER TABLE billing."Accounts" ALTER COLUMN "ApiToken" SET DEFAULT gen_random_uuid();\n' +
        'ALTER TABLE billing."Accounts" ADD CONSTRAINT "Accounts_ApiToken_not_null" CHECK ("ApiToken" IS NOT NULL) NOT VALID;\n',
    );
    expect(apply([finding])).toBe(1);
    expect(await findings(dir)).toEqual([]);
  });
});

describe('up-fails-on-data from ADD COLUMN NOT NULL without a default: the expand steps, when a value is known', () => {
  it('golang-migrate: filled with the default the same up sets after the ADD; no value known, no fix, and the hint says why', async () => {
    const dir = copyOf('golang-migrate/not-null-expand');
    const before = await findings(dir);
    expect(before.map(at)).toEqual(['up-fails-on-data 000002_add_country.up.sql:3', 'up-fails-on-data 000003_add_plan.up.sql:3']);
    const [unknown, fixable] = before;
    expect(unknown.fix).toBeUndefined();
    expect(unknown.hint).toContain(
      'No fix is offered: no value for the rows already in accounts is known: no migration gives country a DEFAULT, and a fix never invents data.',
    );
    expect(fixable.fix?.verified).toBe(true);
    expect(fixable.fix?.summary).toContain("the rows already there get its default (DEFAULT 'free', from 000003_add_plan.up.sql:4)");
    expect(named(fixable)).toEqual([
      [
        '000003_add_plan.up.sql',
        "SET LOCAL lock_timeout = '5s';\n-- Fails on the first existing row: the default comes one statement too late for them.\n" +
          `ALTER TABLE accounts ADD COLUMN plan text;\n${check('plan')}\nALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';\n`,
      ],
      ['000004_backfill_accounts_plan.up.sql', `${backfill('plan')}\n`],
      ['000004_backfill_accounts_plan.down.sql', `${backfillDown('plan')}\n`],
      ['000005_accounts_plan_not_null.up.sql', `${setNotNull('plan')}\n`],
      ['000005_accounts_plan_not_null.down.sql', `${setNotNullDown('plan')}\n`],
    ]);
    expect(apply(before)).toBe(1);
    expect((await findingsOnceFixed(dir)).map(at)).toEqual(['up-fails-on-data 000002_add_country.up.sql:3']);
  });

  it.each([
    [
      'goose',
      {
        '00001_accounts.sql': '-- +goose Up\nCREATE TABLE accounts (id bigint PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE accounts;\n',
        '00002_plan.sql':
          "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN plan text NOT NULL;\n\n-- +goose Down\nALTER TABLE accounts DROP COLUMN plan;\n",
        '00003_plan_default.sql':
          "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';\n\n-- +goose Down\nALTER TABLE accounts ALTER COLUMN plan DROP DEFAULT;\n",
      },
      ['00004_backfill_accounts_plan.sql', '00005_accounts_plan_not_null.sql'],
      `-- +goose Up\n${setNotNull('plan')}\n\n-- +goose Down\n${setNotNullDown('plan')}\n`,
    ],
    [
      'dbmate',
      {
        '20240101000000_accounts.sql': '-- migrate:up\nCREATE TABLE accounts (id bigint PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE accounts;\n',
        '20240102000000_plan.sql':
          "-- migrate:up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN plan text NOT NULL;\n\n-- migrate:down\nALTER TABLE accounts DROP COLUMN plan;\n",
        '20240103000000_plan_default.sql':
          "-- migrate:up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';\n\n-- migrate:down\nALTER TABLE accounts ALTER COLUMN plan DROP DEFAULT;\n",
      },
      ['20240103000001_backfill_accounts_plan.sql', '20240103000002_accounts_plan_not_null.sql'],
      `-- migrate:up\n${setNotNull('plan')}\n\n-- migrate:down\n${setNotNullDown('plan')}\n`,
    ],
  ])('%s: filled with the default a later migration sets; applied, the next check is clean', async (_tool, files, created, notNull) => {
    const dir = migrationsDir(files);
    const [finding] = of(await findings(dir), 'up-fails-on-data');
    expect(finding.fix?.verified).toBe(true);
    expect(named(finding).map(([file]) => file)).toEqual([Object.keys(files)[1], ...created]);
    expect(named(finding)[2][1]).toBe(notNull);
    expect(apply([finding])).toBe(1);
    expect(await findings(dir)).toEqual([]);
  });
});
