import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { keyOf, takeSnapshot } from '../../src/catalog/snapshot';
import { snapshotQuery } from '../../src/catalog/snapshot-query';
import { upStep } from '../../src/engine/apply-step';
import { ScratchState } from '../../src/engine/scratch-state';
import type { Session } from '../../src/engine/session';
import { loadMigrationSet } from '../../src/formats';
import type { PostgresServer } from '../../src/servers/provider';
import { ScratchDatabases } from '../../src/servers/scratch';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';
import { statementLoggingProxy } from '../helpers/wire-log';

// A session on a copy of a kept database (the state the fix trials start from, a rebuild's checkpoint) starts from the
// catalog the run had read instead of reading it whole. The copy holds the same objects under the same oids, so the
// catalog it starts from must be what a whole read of the copy gives; the wire (every statement the engine sends to
// the shared server, test/helpers/wire-log.ts) shows whether it read the copy whole.

let logged: Awaited<ReturnType<typeof statementLoggingProxy>>;
let server: PostgresServer;
beforeAll(async () => {
  const shared = inject('sharedServer');
  logged = await statementLoggingProxy(path.join(shared.host, `.s.PGSQL.${shared.port}`));
  server = {
    provider: 'local',
    connection: { host: '127.0.0.1', port: logged.port, user: 'postgres', database: 'postgres' },
    description: shared.description,
    stop: () => Promise.resolve(),
  };
});
afterAll(() => logged.close());

/** Whole reads of the catalog sent so far, on every connection. */
const wholeReads = () => logged.statements.flat().filter((s) => s === snapshotQuery()).length;

/** Tables, an index, a view, a comment, a grant (which asks the tracking for a whole re-read), a type and a function. */
const DIRECTORY = {
  '1_tables.up.sql': 'CREATE TABLE t (id int PRIMARY KEY, name text);\nCREATE INDEX t_name ON t (name);\nCOMMENT ON TABLE t IS $$kept$$;\n',
  '1_tables.down.sql': 'DROP TABLE t;\n',
  '2_view.up.sql': 'CREATE VIEW v AS SELECT id FROM t;\nGRANT SELECT ON v TO PUBLIC;\n',
  '2_view.down.sql': 'DROP VIEW v;\n',
  '3_code.up.sql': "CREATE TYPE mood AS ENUM ('ok');\nCREATE FUNCTION f(m mood) RETURNS int LANGUAGE sql AS 'SELECT 1';\n",
  '3_code.down.sql': 'DROP FUNCTION f(mood);\nDROP TYPE mood;\n',
};

async function scratchState(trackChanges: boolean, checkpointAfter?: number, files: Record<string, string> = DIRECTORY, on = server) {
  const set = await loadMigrationSet(migrationsDir(files));
  const scratch = new ScratchDatabases(on);
  await scratch.connect();
  const options = {
    log: () => undefined,
    limits: { statementMs: 60_000, lockMs: 10_000 },
    sharedServer: false,
    checkpointAfter,
    session: { format: set.format, table: 'schema_migrations', includeRoles: true, lockTimeoutMs: 10_000, trackChanges },
    stop: new AbortController().signal,
    onRebuild: () => undefined,
    beforeLeaving: () => Promise.resolve(),
  };
  return { set, scratch, options, state: new ScratchState(scratch, options) };
}

/** Every up applied on the state's session, the catalog read after each as a check reads it. */
async function applyAll(state: ScratchState, set: Awaited<ReturnType<typeof loadMigrationSet>>) {
  for (const m of set.migrations) {
    const result = await state.step(m.up, upStep(m));
    expect(result.status).toBe('ok');
    await state.session.catalog.update();
    state.applied.push(m);
  }
}

/**
 * An event trigger (no event trigger reports one) and its function, made after the catalog's last read: the copy's
 * catalog must take them in as a whole read would.
 */
async function changeAfterTheLastRead(session: Session) {
  await session.client.query(
    "CREATE FUNCTION late() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';\nCREATE EVENT TRIGGER late ON ddl_command_start EXECUTE FUNCTION late();",
  );
}

/** The session's catalog as its tracker holds it, and as a whole read gives it, keyed and compared by value. */
async function trackedAndWhole(session: Session) {
  const rows = (objects: Iterable<{ kind: string; name: string; props: unknown }>) =>
    Object.fromEntries([...objects].map((o) => [keyOf(o as never), o.props]));
  const tracked = rows(session.catalog.current.objects.values());
  const options = { bookkeepingTable: session.versionTable.qualifiedName, includeRoles: true };
  const whole = rows((await takeSnapshot(session.client, options)).objects.values());
  return { tracked, whole };
}

it('a session on a kept copy, and a trial from it, start from the catalog the run read: no whole read, the same rows', async () => {
  const { set, scratch, options, state } = await scratchState(true);
  try {
    await state.open();
    await applyAll(state, set);
    await changeAfterTheLastRead(state.session);
    const before = wholeReads();
    const kept = await state.keepAsIs(set.migrations);
    expect(kept.catalog).toBeDefined();
    const trial = new ScratchState(scratch, options);
    await trial.open(kept);
    expect(wholeReads()).toBe(before);
    for (const session of [state.session, trial.session]) {
      const { tracked, whole } = await trackedAndWhole(session);
      expect(Object.keys(tracked)).toContain('event trigger late');
      expect(tracked).toEqual(whole);
    }
    await trial.close();
  } finally {
    await state.close();
    await scratch.close();
  }
});

/** Without the grant: a replay of it asks the checkpoint's builder for a whole re-read. */
const NO_GRANT = { ...DIRECTORY, '2_view.up.sql': 'CREATE VIEW v AS SELECT id FROM t;\n' };

it('a rebuild copies its checkpoint with the catalog the checkpoint was kept with: one whole read, of the empty database', async () => {
  const { set, scratch, state } = await scratchState(true, 2, NO_GRANT);
  try {
    await state.open();
    await applyAll(state, set);
    await changeAfterTheLastRead(state.session);
    const before = wholeReads();
    await state.rebuild(state.applied);
    expect(wholeReads()).toBe(before + 1); // the checkpoint's builder, on an empty database
    const { tracked, whole } = await trackedAndWhole(state.session);
    expect(tracked).toEqual(whole);
    await state.rebuild(state.applied); // the checkpoint again: no read at all
    expect(wholeReads()).toBe(before + 2); // the one trackedAndWhole sent
  } finally {
    await state.close();
    await scratch.close();
  }
});

it('without the tracking (whole snapshots) a copy is read whole, as every update is (the counter-example)', async () => {
  const { set, scratch, state } = await scratchState(false);
  try {
    await state.open();
    await applyAll(state, set);
    const before = wholeReads();
    const kept = await state.keepAsIs(set.migrations);
    expect(kept.catalog).toBeUndefined();
    expect(wholeReads()).toBe(before + 1);
  } finally {
    await state.close();
    await scratch.close();
  }
});

// Roles are the cluster's: the run goes on after keeping a state, and its later migrations may change them before a
// trial starts from that state. The trial's catalog takes them in when it opens, not at its first step. A server of its
// own: a role made on the shared server would show in the other files' runs.
it('a trial that starts after the run changed a role takes the role in when it opens, as a whole read does', async () => {
  const own = await startTestServer();
  try {
    const { set, scratch, options, state } = await scratchState(true, undefined, DIRECTORY, own.server);
    await state.open();
    await applyAll(state, set);
    const kept = await state.keepAsIs(set.migrations);
    await own.query('CREATE ROLE mg_after_the_keep');
    const trial = new ScratchState(scratch, options);
    await trial.open(kept);
    const { tracked, whole } = await trackedAndWhole(trial.session);
    expect(Object.keys(tracked)).toContain('role mg_after_the_keep');
    expect(tracked).toEqual(whole);
    await trial.close();
    await state.close();
    await scratch.close();
  } finally {
    await stopTestServer(own);
  }
});
