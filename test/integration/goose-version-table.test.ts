import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { goose } from '../../src/formats/goose';
import { sharedPostgresServer, sharedTestServer } from '../helpers/shared-server';

// The integration project's shared server: each test makes a database of its own on it, named after this file.
const server = sharedPostgresServer();
const { query } = sharedTestServer();
let databases = 0;

/** A client on a fresh database of the test server. */
async function freshClient(): Promise<Client> {
  databases += 1;
  const name = `goose_vt_${databases}`;
  await query(`CREATE DATABASE ${name}`);
  const client = new Client({ ...server.connection, database: name });
  await client.connect();
  return client;
}

const rows = async (client: Client, table = 'goose_db_version') =>
  (await client.query(`SELECT version_id::text AS v, is_applied AS a FROM ${table} ORDER BY id`)).rows.map((r) => `${r.v}:${r.a}`);

const step = (version: bigint, direction: 'up' | 'down', previous = 0n) => ({ version, direction, previous });

describe("goose's version table on PostgreSQL", () => {
  it('is created as goose creates it, with the starting row for version 0, and only once', async () => {
    const client = await freshClient();
    try {
      const table = goose.versionTable(client, goose.defaultTable);
      await table.ensure();
      await table.ensure();
      expect(table.qualifiedName).toBe('"public"."goose_db_version"');
      const columns = await client.query(`SELECT column_name, data_type, is_nullable, is_identity, column_default
        FROM information_schema.columns WHERE table_name = 'goose_db_version' ORDER BY ordinal_position`);
      expect(columns.rows).toEqual([
        { column_name: 'id', data_type: 'integer', is_nullable: 'NO', is_identity: 'YES', column_default: null },
        { column_name: 'version_id', data_type: 'bigint', is_nullable: 'NO', is_identity: 'NO', column_default: null },
        { column_name: 'is_applied', data_type: 'boolean', is_nullable: 'NO', is_identity: 'NO', column_default: null },
        { column_name: 'tstamp', data_type: 'timestamp without time zone', is_nullable: 'NO', is_identity: 'NO', column_default: 'now()' },
      ]);
      expect(await rows(client)).toEqual(['0:true']);
    } finally {
      await client.end();
    }
  });

  it("records an up as a new row and a down by deleting the version, inside the caller's transaction", async () => {
    const client = await freshClient();
    try {
      const table = goose.versionTable(client, goose.defaultTable);
      await table.ensure();
      await table.beforeSection(step(1n, 'up'));
      expect(await rows(client)).toEqual(['0:true']);
      await table.record(step(1n, 'up'));
      await table.record(step(2n, 'up', 1n));
      expect(await rows(client)).toEqual(['0:true', '1:true', '2:true']);
      await client.query('BEGIN');
      await table.record(step(2n, 'down', 1n));
      await client.query('ROLLBACK');
      expect(await rows(client)).toEqual(['0:true', '1:true', '2:true']);
      await table.record(step(2n, 'down', 1n));
      expect(await rows(client)).toEqual(['0:true', '1:true']);
      expect(await goose.readDeployed(client, goose.defaultTable)).toEqual({ version: 1n, applied: [1n], dirty: false });
    } finally {
      await client.end();
    }
  });

  it('forces exactly the given versions to be recorded, keeping version 0', async () => {
    const client = await freshClient();
    try {
      const table = goose.versionTable(client, goose.defaultTable);
      await table.ensure();
      for (const version of [1n, 2n, 3n]) await table.record(step(version, 'up'));
      await client.query('INSERT INTO goose_db_version (version_id, is_applied) VALUES (4, false)');
      await table.force([1n, 3n, 5n]);
      expect((await rows(client)).sort()).toEqual(['0:true', '1:true', '3:true', '5:true']);
      expect(await goose.readDeployed(client, goose.defaultTable)).toEqual({ version: 5n, applied: [1n, 3n, 5n], dirty: false });
      await table.force([]);
      expect(await rows(client)).toEqual(['0:true']);
      expect(await goose.readDeployed(client, goose.defaultTable)).toEqual({ version: undefined, applied: [], dirty: false });
    } finally {
      await client.end();
    }
  });

  it('reads a deployed table as goose does: the newest row of each version decides, version 0 is not a migration', async () => {
    const client = await freshClient();
    try {
      expect(await goose.readDeployed(client, goose.defaultTable)).toEqual({ dirty: false, applied: [] });
      const table = goose.versionTable(client, goose.defaultTable);
      await table.ensure();
      // Rows as old goose versions wrote them: a down added a row with is_applied = false.
      await client.query(`INSERT INTO goose_db_version (version_id, is_applied) VALUES
        (1, true), (2, true), (3, true), (3, false), (2, false), (2, true)`);
      expect(await goose.readDeployed(client, goose.defaultTable)).toEqual({ version: 2n, applied: [1n, 2n], dirty: false });
    } finally {
      await client.end();
    }
  });

  it("folds a plain custom name as PostgreSQL folds goose's unquoted SQL, and honours schema.table", async () => {
    const client = await freshClient();
    try {
      await client.query('CREATE SCHEMA ops');
      const custom = goose.versionTable(client, 'Ops.Goose_Versions');
      await custom.ensure();
      expect(custom.qualifiedName).toBe('"ops"."goose_versions"');
      await custom.record(step(7n, 'up'));
      expect(await rows(client, 'ops.goose_versions')).toEqual(['0:true', '7:true']);
      expect(await goose.readDeployed(client, 'ops.goose_versions')).toEqual({ version: 7n, applied: [7n], dirty: false });
    } finally {
      await client.end();
    }
  });
});
