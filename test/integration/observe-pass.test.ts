import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPass, type PassRequest } from '../../src/engine/observe/pass-function';
import type { PostgresServer } from '../../src/servers/provider';
import { startTestServer } from '../helpers/cluster';

/** The one-round-trip observation pass (pg_temp.mg_observe) on a real PostgreSQL. */
describe('the observation pass in one call', () => {
  let server: PostgresServer;
  let client: Client;
  const request = (statements: string[] | undefined, extra: Partial<PassRequest> = {}): PassRequest => ({
    statements,
    refs: ['"orders"', '"customers"', '"nowhere"'],
    versionTable: 'public.schema_migrations',
    hideRows: 'on-failure',
    wantCreated: false,
    statementMs: 60_000,
    ...extra,
  });
  const names = (pass: Awaited<ReturnType<typeof runPass>>) => new Map((pass?.relations ?? []).map((r) => [r.oid, r.name]));

  beforeAll(async () => {
    ({ server } = await startTestServer());
    client = new Client(server.connection);
    await client.connect();
    await client.query(`
      CREATE TABLE customers (id bigint PRIMARY KEY, name text);
      CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, total numeric);
      CREATE INDEX orders_customer_idx ON orders (customer_id);
      INSERT INTO customers VALUES (1, 'a');
      INSERT INTO orders VALUES (1, 1, NULL);`);
  }, 120_000);
  afterAll(async () => {
    await client.end();
    await server.stop();
  });

  it('reports locks, rewrites with their indexes and scans per statement, and names what existed as it was before', async () => {
    const pass = await runPass(
      client,
      request([
        'CREATE INDEX orders_total_idx ON orders (total)',
        'ALTER TABLE orders ALTER COLUMN total TYPE bigint',
        'CREATE TABLE fresh (id int)',
      ]),
    );
    expect(pass?.failed).toBeUndefined();
    expect(pass?.probes).toHaveLength(4);
    const named = names(pass);
    const [, index, retype, fresh] = pass?.probes ?? [];
    expect(index.locks.map((l) => `${named.get(l.oid) ?? 'new'} ${l.mode}`)).toContain('public.orders ShareLock');
    expect(index.scans.map((s) => named.get(s.oid))).toContain('public.orders');
    expect(retype.locks.map((l) => `${named.get(l.oid) ?? 'new'} ${l.mode}`)).toContain('public.orders AccessExclusiveLock');
    const before = new Map((pass?.relations ?? []).map((r) => [r.oid, r.file]));
    const refiled = retype.files.filter((f) => before.has(f.oid) && before.get(f.oid) !== f.file).map((f) => named.get(f.oid));
    expect(refiled).toEqual(expect.arrayContaining(['public.orders', 'public.orders_pkey', 'public.orders_customer_idx']));
    expect(fresh.locks.some((l) => !named.has(l.oid))).toBe(true); // fresh is new: not named
    expect(pass?.refs.get('"orders"')).toEqual(expect.objectContaining({ name: 'public.orders', user: true }));
    expect(pass?.refs.get('"nowhere"')).toBeUndefined();
    // Rolled back: nothing of the pass is left.
    expect((await client.query("SELECT to_regclass('fresh') AS t, to_regclass('orders_total_idx') AS i")).rows).toEqual([{ t: null, i: null }]);
  });

  it('replays again with the rows hidden when they make a statement fail, and says where a statement fails without them', async () => {
    const statements = ['ALTER TABLE orders ALTER COLUMN total SET NOT NULL', 'CREATE INDEX orders_total_idx ON orders (total)'];
    const never = await runPass(client, request(statements, { hideRows: 'never' }));
    expect(never?.failed).toEqual({ index: 0, message: expect.stringMatching(/contains null values/) });
    const hidden = await runPass(client, request(statements));
    expect(hidden?.failed).toBeUndefined();
    expect(hidden?.probes).toHaveLength(3);
    const failing = await runPass(client, request(['CREATE INDEX ON orders (total)', 'SELECT * FROM nowhere']));
    expect(failing?.failed).toEqual({ index: 1, message: 'relation "nowhere" does not exist' });
    expect(failing?.probes).toHaveLength(2);
    expect((await client.query('SELECT count(*)::int AS n FROM orders')).rows).toEqual([{ n: 1 }]); // the rows are back
  });

  it('empties only the tables the statements name, and every table when they reach one it left holding rows', async () => {
    // orders is named; customers (holding a row) is not: a pass that hid every table's rows would have seen it.
    const scoped = await runPass(client, request(['ALTER TABLE orders ALTER COLUMN total SET NOT NULL'], { hideRows: 'always', refs: ['"orders"'] }));
    expect(scoped?.failed).toBeUndefined();
    expect([...names(scoped).values()]).not.toContain('public.customers');
    // The statement reads customers: its rows would decide what it does, so the pass is made again with them hidden too.
    const reaches = 'DO $$ BEGIN IF EXISTS (SELECT FROM customers) THEN CREATE INDEX ON orders (total); END IF; END $$';
    const pass = await runPass(client, request([reaches], { hideRows: 'always', refs: ['"orders"'] }));
    expect(pass?.failed).toBeUndefined();
    expect(pass?.probes).toHaveLength(2);
    expect(pass?.probes[1].locks.map((l) => names(pass).get(l.oid))).not.toContain('public.orders'); // no index built: no SHARE lock
    expect((await runPass(client, request([reaches], { hideRows: 'never', refs: ['"orders"'] })))?.probes[1].locks.map((l) => l.mode)).toContain(
      'ShareLock',
    );
    // A statement that fails while rows are left elsewhere is tried again with them hidden too.
    const fails = "DO $$ BEGIN IF EXISTS (SELECT FROM customers) THEN RAISE EXCEPTION 'customers hold rows'; END IF; END $$";
    expect((await runPass(client, request([fails], { hideRows: 'always', refs: ['"orders"'] })))?.failed).toBeUndefined();
    expect((await client.query('SELECT count(*)::int AS n FROM customers')).rows).toEqual([{ n: 1 }]); // the rows are back
  });

  it('lists what the statements created when asked, and only resolves names for a section it does not replay', async () => {
    const created = await runPass(client, request(['CREATE TABLE later (id int PRIMARY KEY)'], { wantCreated: true }));
    expect(created?.created.sort()).toEqual(['public.later', 'public.later_pkey']);
    const resolveOnly = await runPass(client, request(undefined));
    expect(resolveOnly?.probes).toEqual([]);
    expect(resolveOnly?.refs.get('"customers"')).toEqual(expect.objectContaining({ name: 'public.customers' }));
  });

  it('creates the function again after a file discarded the temporary schema', async () => {
    expect(await runPass(client, request(['SELECT 1']))).toBeDefined();
    await client.query('DISCARD TEMP');
    const pass = await runPass(client, request(['SELECT 1']));
    expect(pass?.failed).toBeUndefined();
  });

  it('hides rows under a role that may not set session_replication_role, through the foreign keys', async () => {
    await client.query(`
      DROP ROLE IF EXISTS mg_pass_user; CREATE ROLE mg_pass_user LOGIN;
      GRANT CREATE, USAGE ON SCHEMA public TO mg_pass_user;
      GRANT TEMP ON DATABASE postgres TO mg_pass_user;`);
    const confined = new Client({ ...server.connection, user: 'mg_pass_user' });
    await confined.connect();
    try {
      await confined.query(`
        CREATE TABLE mom (id int PRIMARY KEY);
        CREATE TABLE kid (id int PRIMARY KEY, mom_id int REFERENCES mom, note text);
        INSERT INTO mom VALUES (1); INSERT INTO kid VALUES (1, 1, NULL);`);
      const statements = ['ALTER TABLE kid ALTER COLUMN note SET NOT NULL'];
      const pass = await runPass(confined, request(statements, { hideRows: 'always', refs: ['"kid"'] }));
      expect(pass?.failed).toBeUndefined();
      expect((await runPass(confined, request(statements, { hideRows: 'never', refs: ['"kid"'] })))?.failed?.message).toMatch(/null values/);
      expect((await confined.query('SELECT count(*)::int AS n FROM kid')).rows).toEqual([{ n: 1 }]);
    } finally {
      await confined.end();
      await client.query('DROP OWNED BY mg_pass_user; DROP ROLE mg_pass_user');
    }
  });
});
