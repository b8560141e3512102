import { describe, expect, it } from 'vitest';
import { consequencesOf, namesInError, namesTouchedBy } from '../../../src/check-support/failure-consequences';
import { downFailed } from '../../../src/checks/down-failed';
import { missingExtension } from '../../../src/checks/missing-extension';
import { notCheckedAfterFailure } from '../../../src/checks/not-checked-after-failure';
import { reupFailed } from '../../../src/checks/reup-failed';
import { upFailed } from '../../../src/checks/up-failed';
import { engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck, skippedStep } from '../../helpers/facts';

const FILES = {
  '000001_users.up.sql': 'CREATE TABLE users (id int PRIMARY KEY);\n',
  '000001_users.down.sql': 'DROP TABLE users;\n',
  '000002_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, total numeric DEFALT 0);\n',
  '000002_orders.down.sql': 'DROP TABLE orders;\n',
  '000003_order_lines.up.sql': 'CREATE TABLE order_lines (order_id int REFERENCES orders);\n',
  '000003_order_lines.down.sql': 'DROP TABLE order_lines;\n',
  '000004_tags.up.sql': 'CREATE TABLE tags (id int);\n',
  '000004_tags.down.sql': 'DROP TABLE tags;\n',
  '000005_orders_index.up.sql': 'CREATE INDEX ON orders (user_id);\n',
  '000005_orders_index.down.sql': 'DROP INDEX orders_user_id_idx;\n',
};

const set = migrationSet(golangMigrate, FILES);
const up = (v: number) => migration(set, v).up!;
const notRun = { down: skippedStep('up failed'), reup: skippedStep('up failed') };
const syntaxError = { message: 'syntax error at or near "DEFALT"', code: '42601', line: 1, column: 77 };

describe('not-checked-after-failure', () => {
  it('lists later ups that fail on what the failed up would have made, once, and keeps them out of up-failed', () => {
    const run = engineRun(set, {
      2: { up: failed(up(2), syntaxError), ...notRun },
      3: { up: failed(up(3), { message: 'relation "orders" does not exist', code: '42P01' }), ...notRun, afterFailedUp: '000002' },
      4: { afterFailedUp: '000002' },
      5: { up: failed(up(5), { message: 'relation "orders" does not exist', code: '42P01' }), ...notRun, afterFailedUp: '000002' },
    });
    expect(placed(runCheck(upFailed, { set, run }))).toEqual(['up-failed 000002_orders.up.sql:1 error']);
    const findings = runCheck(notCheckedAfterFailure, { set, run });
    expect(placed(findings)).toEqual(['not-checked-after-failure 000002_orders.up.sql:1 notice']);
    expect(findings[0].message).toContain('2 later step(s) fail on what 000002 up would have made');
    expect(findings[0].message).toContain('000003 up (relation "orders" does not exist); 000005 up');
    expect(messages(findings)).toMatchSnapshot();
  });

  it("reports a later failure that names nothing the failed up makes as that file's own error (the counter-example)", () => {
    const run = engineRun(set, {
      2: { up: failed(up(2), syntaxError), ...notRun },
      3: { up: failed(up(3), { message: 'relation "orderz" does not exist', code: '42P01' }), ...notRun, afterFailedUp: '000002' },
      4: { up: failed(up(4), { message: 'syntax error at or near "tabel"', code: '42601', line: 1 }), ...notRun, afterFailedUp: '000002' },
    });
    expect(runCheck(notCheckedAfterFailure, { set, run })).toEqual([]);
    const findings = runCheck(upFailed, { set, run });
    expect(placed(findings)).toEqual([
      'up-failed 000002_orders.up.sql:1 error',
      'up-failed 000003_order_lines.up.sql:1 error',
      'up-failed 000004_tags.up.sql:1 error',
    ]);
    expect(findings[1].message).toContain('(000002 failed earlier, but nothing it makes is named here)');
    expect(findings[2].message).not.toContain('failed earlier'); // a typo: no link to suspect
  });

  it('follows a chain: a consequence is not applied either, and what depends on it goes back to the first failure', () => {
    const chain = migrationSet(golangMigrate, {
      ...FILES,
      '000004_tags.up.sql': 'CREATE TABLE tags (line int REFERENCES order_lines (order_id));\n',
    });
    const upOf = (v: number) => migration(chain, v).up!;
    const run = engineRun(chain, {
      2: { up: failed(upOf(2), syntaxError), ...notRun },
      3: { up: failed(upOf(3), { message: 'relation "orders" does not exist', code: '42P01' }), ...notRun, afterFailedUp: '000002' },
      4: { up: failed(upOf(4), { message: 'relation "order_lines" does not exist', code: '42P01' }), ...notRun, afterFailedUp: '000002' },
    });
    const causes = [...consequencesOf(run).values()].map((c) => `${c.trace.migration.versionText}<-${c.cause}`);
    expect(causes).toEqual(['000003<-000002', '000004<-000002']);
  });

  it('covers downs and ups run again that fail on the missing objects too', () => {
    const run = engineRun(set, {
      2: { up: failed(up(2), syntaxError), ...notRun },
      3: { down: failed(migration(set, 3).down!, { message: 'table "orders" does not exist', code: '42P01' }), afterFailedUp: '000002' },
      4: { reup: failed(up(4), { message: 'type "orders" does not exist', code: '42704' }), afterFailedUp: '000002' },
    });
    expect(runCheck(downFailed, { set, run })).toEqual([]);
    expect(runCheck(reupFailed, { set, run })).toEqual([]);
    expect(runCheck(notCheckedAfterFailure, { set, run })[0].message).toContain('000003 down (table "orders" does not exist); 000004 up again');
  });

  it('reads the names a file creates, drops or renames, and the names an error is about', () => {
    expect(
      [
        ...namesTouchedBy(
          'CREATE TABLE IF NOT EXISTS app."Orders" (id int);\nALTER TABLE t ADD COLUMN email text, DROP CONSTRAINT t_pk;\n' +
            "ALTER TABLE a RENAME TO b;\nCREATE UNIQUE INDEX CONCURRENTLY ON t (x);\nALTER TYPE mood ADD VALUE 'meh';\nCREATE OR REPLACE FUNCTION f(x int) RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
        ),
      ].sort(),
    ).toEqual(['b', 'email', 'f', 'meh', 'orders', 't_pk']);
    // A keyword after ADD/DROP is no name; the same word as a schema's or table's name is one.
    expect([...namesTouchedBy('ALTER TABLE t ALTER COLUMN id DROP IDENTITY;\nALTER TABLE t ALTER COLUMN n DROP DEFAULT;')]).toEqual([]);
    expect([...namesTouchedBy('CREATE SCHEMA identity;\nCREATE TABLE identity.users (id int);')].sort()).toEqual(['identity', 'users']);
    expect(namesInError('column "x" of relation "app.users" does not exist')).toEqual(['x', 'app', 'users']);
    expect(namesInError('function uuid_generate_v4() does not exist')).toEqual(['uuid_generate_v4']);
    expect(namesInError('operator does not exist: vector <=> vector')).toEqual(['vector', 'vector']);
  });
});

describe('missing-extension', () => {
  const ext = migrationSet(golangMigrate, {
    '000001_vector.up.sql': 'CREATE EXTENSION IF NOT EXISTS vector;\n',
    '000002_items.up.sql': 'CREATE TABLE items (id int, embedding vector(3));\n',
    '000003_search.up.sql':
      'CREATE FUNCTION nearest(q vector) RETURNS SETOF items AS $$ SELECT * FROM items ORDER BY embedding <-> q $$ LANGUAGE sql;\n',
    '000004_typo.up.sql': 'CREATE TABLE notes (id int REFERENCES nowhere);\n',
  });
  const upOf = (v: number) => migration(ext, v).up!;
  const run = engineRun(ext, {
    1: {
      up: failed(upOf(1), {
        message: 'extension "vector" is not available',
        code: '0A000',
        detail: 'Could not open extension control file "/usr/share/postgresql/16/extension/vector.control": No such file or directory.',
      }),
      ...notRun,
    },
    2: { up: failed(upOf(2), { message: 'type "vector" does not exist', code: '42704', line: 1 }), ...notRun, afterFailedUp: '000001' },
    3: { up: failed(upOf(3), { message: 'type "vector" does not exist', code: '42704', line: 1 }), ...notRun, afterFailedUp: '000001' },
    4: { up: failed(upOf(4), { message: 'relation "nowhere" does not exist', code: '42P01', line: 1 }), ...notRun, afterFailedUp: '000001' },
  });

  it('names the extension, what could not be checked, and how to get a server that has it; the file is not blamed', () => {
    const findings = runCheck(missingExtension, { set: ext, run });
    expect(placed(findings)).toEqual(['missing-extension 000001_vector.up.sql:1 warning']);
    expect(findings[0].message).toContain('nor 2 later step(s) that use what it provides: 000002 up, 000003 up');
    expect(findings[0].hint).toContain('pgvector/pgvector:pg16');
    expect(findings[0].hint).toContain('postgresql-16-pgvector');
    expect(messages(findings)).toMatchSnapshot();
    // Only the file that fails on its own is an error; the notice is not repeated (missing-extension lists them).
    expect(placed(runCheck(upFailed, { set: ext, run }))).toEqual(['up-failed 000004_typo.up.sql:1 error']);
    expect(runCheck(notCheckedAfterFailure, { set: ext, run })).toEqual([]);
  });

  it("recognises PostgreSQL 15's wording too", () => {
    const old = engineRun(ext, {
      1: {
        up: failed(upOf(1), {
          message: 'could not open extension control file "/usr/share/postgresql/15/extension/vector.control": No such file or directory',
          code: '58P01',
        }),
        ...notRun,
      },
    });
    old.postgresVersion = '15.10 (Debian 15.10-0+deb12u1)';
    expect(runCheck(missingExtension, { set: ext, run: old })[0].hint).toContain('postgresql-15-pgvector');
  });
});

describe('a function or syntax of a newer PostgreSQL', () => {
  const newer = migrationSet(golangMigrate, {
    '000001_ids.up.sql': 'CREATE TABLE ids (id uuid DEFAULT uuidv7());\n',
    '000002_merge.up.sql':
      'CREATE TABLE t (id int);\nMERGE INTO t USING (SELECT 1 AS id) s ON t.id = s.id\nWHEN NOT MATCHED THEN INSERT VALUES (s.id);\n',
  });
  const hints = (postgresVersion: string) => {
    const run = engineRun(newer, {
      1: {
        up: failed(migration(newer, 1).up!, {
          message: 'function uuidv7() does not exist',
          code: '42883',
          line: 1,
          hint: 'No function matches the given name and argument types.',
        }),
        ...notRun,
      },
      2: { up: failed(migration(newer, 2).up!, { message: 'syntax error at or near "MERGE"', code: '42601', line: 2, column: 1 }), ...notRun },
    });
    run.postgresVersion = postgresVersion;
    run.postgresVersionReason = 'the newest PostgreSQL server binaries installed on this machine (/usr/lib/postgresql/14/bin)';
    return runCheck(upFailed, { set: newer, run }).map((f) => f.hint ?? '');
  };

  it('names the version that has it and the setting that chooses it', () => {
    const [uuid, merge] = hints('14.12');
    expect(uuid).toContain('uuidv7() is new in PostgreSQL 18, and this run used PostgreSQL 14 (the newest PostgreSQL server binaries installed');
    expect(uuid).toContain('postgres-version (--postgres-version 18)');
    expect(merge).toContain('MERGE is new in PostgreSQL 15');
  });

  it('says nothing about versions when the server already has it', () => {
    expect(hints('18.1').join(' ')).not.toContain('is new in PostgreSQL');
  });
});
