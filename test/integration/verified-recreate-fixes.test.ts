import { cpSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/findings';
import { migrationsDir } from '../helpers/cluster';
import { apply, findingsOnceFixed } from '../helpers/apply-fixes';
import { checkInProcess } from '../helpers/in-process';
import { FIXTURES, runCli } from '../helpers/processes';

// Fixes that re-create what the up dropped or redefined (from the catalog before the up) and the enum value's
// ADD VALUE IF NOT EXISTS: each verified, applied, and checked again; each with a counter-example that says why not.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const findings = async (dir: string): Promise<Finding[]> => (await checkInProcess(dir, ['--scope', 'all'])).outcome.findings;
const of = (all: Finding[], check: string) => all.filter((f) => f.check === check);
const checks = (all: Finding[]) => all.map((f) => f.check).sort();

function copyOf(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-fixture-'));
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

const REFUND_STATE = "CREATE TYPE refund_state AS ENUM ('requested', 'paid');";

describe('reup-failed on an enum value the down keeps: ADD VALUE IF NOT EXISTS', () => {
  it('golang-migrate (enum-label-recreated): offered with what stays said; applied, the second up passes and the kept value is still reported', async () => {
    const dir = copyOf('golang-migrate/enum-label-recreated');
    const before = await findings(dir);
    expect(checks(before)).toEqual(['empty-file', 'enum-label-kept', 'reup-failed']);
    const [failed] = of(before, 'reup-failed');
    expect(failed.fix?.verified).toBe(true);
    expect(failed.fix?.summary).toBe(
      'Writes ADD VALUE IF NOT EXISTS in 000002_add_refused.up.sql, so the up runs again after its down. The down still leaves ' +
        "'refused' of enum refund_state in place (PostgreSQL cannot drop an enum value): enum-label-kept says so.",
    );
    expect(failed.fix?.files.map((f) => [path.basename(f.path), f.content])).toEqual([
      [
        '000002_add_refused.up.sql',
        "-- without IF NOT EXISTS: running it again after the down fails, as the value is still there\nALTER TYPE refund_state ADD VALUE IF NOT EXISTS 'refused';\n",
      ],
    ]);
    const fixed = await runCli(['fix', dir, '--scope', 'all']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('fixed reup-failed (000002): Writes ADD VALUE IF NOT EXISTS');
    // The truth stays: the value is kept after the down, and the down still runs no statement.
    expect(checks(await findings(dir))).toEqual(['empty-file', 'enum-label-kept']);
  });

  it.each([
    [
      'goose',
      {
        '00001_refunds.sql': `-- +goose Up\n${REFUND_STATE}\n\n-- +goose Down\nDROP TYPE refund_state;\n`,
        '00002_refused.sql':
          "-- +goose Up\nALTER TYPE refund_state ADD VALUE 'refused';\nCREATE TABLE refusals (id int PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE refusals;\n",
      },
      "-- +goose Up\nALTER TYPE refund_state ADD VALUE IF NOT EXISTS 'refused';\nCREATE TABLE refusals (id int PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE refusals;\n",
    ],
    [
      'dbmate',
      {
        '20240101000000_refunds.sql': `-- migrate:up\n${REFUND_STATE}\n\n-- migrate:down\nDROP TYPE refund_state;\n`,
        '20240102000000_refused.sql':
          "-- migrate:up\nALTER TYPE public.refund_state\n  ADD VALUE 'refused' AFTER 'requested';\nCREATE TABLE refusals (id int PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE refusals;\n",
      },
      "-- migrate:up\nALTER TYPE public.refund_state\n  ADD VALUE IF NOT EXISTS 'refused' AFTER 'requested';\nCREATE TABLE refusals (id int PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE refusals;\n",
    ],
  ])('%s: verified and applied; the next check has no reup-failed, and enum-label-kept stays', async (_tool, files, fixedText) => {
    const dir = migrationsDir(files);
    const [failed] = of(await findings(dir), 'reup-failed');
    expect(failed.fix?.verified).toBe(true);
    expect(failed.fix?.files.map((f) => f.content)).toEqual([fixedText]);
    expect(apply([failed])).toBe(1);
    expect(checks(await findingsOnceFixed(dir))).toEqual(['enum-label-kept']);
  });

  it('is not offered when the ADD VALUE cannot be read back from the up (inside a DO block), and says why', async () => {
    const dir = migrationsDir({
      '000001_refunds.up.sql': `${REFUND_STATE}\n`,
      '000001_refunds.down.sql': 'DROP TYPE refund_state;\n',
      '000002_refused.up.sql': "DO $$ BEGIN ALTER TYPE refund_state ADD VALUE 'refused'; END $$;\n",
      '000002_refused.down.sql': '-- PostgreSQL cannot drop an enum value\n',
    });
    const [failed] = of(await findings(dir), 'reup-failed');
    expect(failed.fix).toBeUndefined();
    expect(failed.hint).toContain(
      'No fix is offered: no ALTER TYPE ... ADD VALUE without IF NOT EXISTS of the kept enum could be read back from the up.',
    );
  });
});

describe('down-incomplete when the up dropped or redefined: written again from the catalog before the up', () => {
  it('golang-migrate (down-forgets-dropped): function, column, check, index and view, in dependency order; applied by `fix`, the next check has no error', async () => {
    const dir = copyOf('golang-migrate/down-forgets-dropped');
    const [incomplete] = of(await findings(dir), 'down-incomplete');
    expect(incomplete.fix?.verified).toBe(true);
    expect(incomplete.fix?.summary).toContain(
      'Column accounts.nickname comes back empty (or with its default) and at the end of its table: the values the up dropped are gone.',
    );
    expect(incomplete.fix?.files.map((f) => [path.basename(f.path), f.content])).toEqual([
      [
        '000002_simplify_accounts.down.sql',
        '-- Brings back the trigger only: forgets the view, the index, the check, the old label and the nickname column.\n' +
          'CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();\n' +
          'CREATE OR REPLACE FUNCTION public.account_label(a accounts)\n RETURNS text\n LANGUAGE sql\nAS $function$ SELECT a.email $function$;\n' +
          "ALTER TABLE public.accounts ADD COLUMN IF NOT EXISTS nickname text DEFAULT 'friend'::text;\n" +
          "ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_check CHECK ((email <> ''::text));\n" +
          'CREATE INDEX IF NOT EXISTS accounts_email_idx ON public.accounts USING btree (lower(email));\n' +
          'CREATE VIEW public.account_emails AS\n SELECT accounts.id,\n    accounts.email\n   FROM accounts;\n',
      ],
    ]);
    const fixed = await runCli(['fix', dir, '--scope', 'all']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('fixed down-incomplete (000002): Adds to 000002_simplify_accounts.down.sql');
    // The up's own warning stays, and the truth the fix declared: the column is back, at the end of the table.
    expect(checks(await findings(dir))).toEqual(['destructive-drop', 'down-column-order']);
  });

  it.each([
    [
      'goose: a foreign key, an index and a view the up redefined',
      {
        '00001_orders.sql':
          '-- +goose Up\nCREATE TABLE customers (id int PRIMARY KEY);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int, note text);\n' +
          'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers;\n' +
          'CREATE INDEX orders_customer_idx ON orders (customer_id);\nCREATE VIEW open_orders AS SELECT id, customer_id FROM orders;\n\n' +
          '-- +goose Down\nDROP VIEW open_orders;\nDROP TABLE orders;\nDROP TABLE customers;\n',
        '00002_loosen_orders.sql':
          "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nDROP INDEX orders_customer_idx;\nALTER TABLE orders DROP CONSTRAINT orders_customer_fk;\n" +
          'CREATE OR REPLACE VIEW open_orders AS SELECT id, customer_id, note FROM orders;\n\n-- +goose Down\n-- forgets all of it\n',
      },
      '-- forgets all of it\nDROP VIEW IF EXISTS public.open_orders;\n' +
        'ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers(id);\n' +
        'CREATE INDEX IF NOT EXISTS orders_customer_idx ON public.orders USING btree (customer_id);\n' +
        'CREATE VIEW public.open_orders AS\n SELECT orders.id,\n    orders.customer_id\n   FROM orders;\n',
    ],
    [
      'goose: a PL/pgSQL function the up redefined, in a StatementBegin block so that goose sends it whole',
      {
        '00001_label.sql':
          "-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION label(x int) RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 'a' || x;\nEND;\n$$;\n" +
          '-- +goose StatementEnd\n\n-- +goose Down\nDROP FUNCTION label(int);\n',
        '00002_label.sql':
          "-- +goose Up\n-- +goose StatementBegin\nCREATE OR REPLACE FUNCTION label(x int) RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 'b' || x;\nEND;\n$$;\n" +
          '-- +goose StatementEnd\n\n-- +goose Down\n-- forgets the old body\n',
      },
      '-- forgets the old body\n-- +goose StatementBegin\nCREATE OR REPLACE FUNCTION public.label(x integer)\n RETURNS text\n LANGUAGE plpgsql\n' +
        "AS $function$\nBEGIN\n  RETURN 'a' || x;\nEND;\n$function$;\n-- +goose StatementEnd\n",
    ],
    [
      'dbmate: a sequence, before the default that uses it',
      {
        '20240101000000_invoices.sql':
          "-- migrate:up\nCREATE SEQUENCE invoice_numbers START WITH 1000;\nCREATE TABLE invoices (id int PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('invoice_numbers'));\n\n" +
          '-- migrate:down\nDROP TABLE invoices;\nDROP SEQUENCE invoice_numbers;\n',
        '20240102000000_numbers_by_app.sql':
          "-- migrate:up\nSET LOCAL lock_timeout = '5s';\nALTER TABLE invoices ALTER COLUMN number DROP DEFAULT;\nDROP SEQUENCE invoice_numbers;\n\n" +
          '-- migrate:down\n-- forgets the sequence and the default\n',
      },
      '-- forgets the sequence and the default\n' +
        'CREATE SEQUENCE IF NOT EXISTS public.invoice_numbers AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1 NO CYCLE;\n' +
        "ALTER TABLE public.invoices ALTER COLUMN number SET DEFAULT nextval('invoice_numbers'::regclass);\n",
    ],
  ])('%s: verified and applied; the next check is clean', async (_what, files, downTail) => {
    const dir = migrationsDir(files);
    const [incomplete] = of(await findings(dir), 'down-incomplete');
    expect(incomplete.fix?.verified).toBe(true);
    expect(incomplete.fix?.files).toHaveLength(1);
    expect(incomplete.fix?.files[0].content.endsWith(downTail)).toBe(true);
    expect(apply([incomplete])).toBe(1);
    expect(checks(await findings(dir))).toEqual([]);
  });

  it.each([
    [
      'a dropped table (its rows and whole definition are not rebuilt)',
      'CREATE TABLE audit_log (id int PRIMARY KEY, note text);\n',
      'DROP TABLE audit_log;\n',
      'No fix is offered: no statement undoes table audit_log (a dropped table is not rebuilt, and its rows are gone).',
    ],
    [
      'a view that had privileges',
      'CREATE TABLE audit_log (id int PRIMARY KEY, note text);\nCREATE VIEW audit_notes AS SELECT note FROM audit_log;\nGRANT SELECT ON audit_notes TO PUBLIC;\n',
      'DROP VIEW audit_notes;\n',
      'No fix is offered: no statement undoes view audit_notes (its privileges before the up are not granted again from the catalog)',
    ],
    [
      'an aggregate (its catalog row is no statement to run)',
      'CREATE TABLE audit_log (id int PRIMARY KEY, note text);\nCREATE AGGREGATE concat_notes(text) (SFUNC = textcat, STYPE = text);\n',
      'DROP AGGREGATE concat_notes(text);\n',
      "No fix is offered: no statement undoes aggregate concat_notes(text) (an aggregate's catalog row is no statement to run).",
    ],
  ])('is not offered for %s, and says why', async (_what, first, drop, hint) => {
    const dir = migrationsDir({
      '000001_audit.up.sql': first,
      '000001_audit.down.sql': 'DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n',
      '000002_drop.up.sql': drop,
      '000002_drop.down.sql': '-- forgets it\n',
    });
    const [incomplete] = of(await findings(dir), 'down-incomplete');
    expect(incomplete.fix).toBeUndefined();
    expect(incomplete.hint).toContain(hint);
  });
});
