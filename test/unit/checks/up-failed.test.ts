import { describe, expect, it } from 'vitest';
import { upFailed } from '../../../src/checks/up-failed';
import type { MigrationFormat } from '../../../src/formats/format';
import {
  dbmate,
  engineRun,
  failed,
  golangMigrate,
  goose,
  messages,
  migration,
  migrationSet,
  placed,
  runCheck,
  skippedStep,
} from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': 'CREATE TABLE t (id int);\n',
  '000001_a.down.sql': 'DROP TABLE t;\n',
  '000002_b.up.sql': 'ALTER TABLE t\n  ADD COLUMN c intt;\n',
  '000002_b.down.sql': 'ALTER TABLE t DROP COLUMN c;\n',
});

describe('up-failed', () => {
  it("says a goose NO TRANSACTION failure in goose's words: statements committed one by one, half-migrated (not a BEGIN/COMMIT, not dirty)", () => {
    const set = migrationSet(goose, { '00001_a.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE a (i int);\nCREATE TABLE a (i int);\n' });
    const up = migration(set, 1).up!;
    expect(up.execution.transaction).toBe('none');
    const run = engineRun(set, {
      '1': {
        up: failed(up, { message: 'relation "a" already exists', code: '42P07', line: 4, column: 1, ownTransaction: true }),
        down: skippedStep(),
        reup: skippedStep(),
      },
    });
    const [finding] = runCheck(upFailed, { set, run });
    expect(finding.message).toBe(
      '00001 up failed at line 4: relation "a" already exists (SQLSTATE 42P07). goose runs this section without a transaction ' +
        '(`-- +goose NO TRANSACTION`), each statement committing on its own, so statements committed before the error stay applied ' +
        'and goose leaves the database half-migrated.',
    );
  });

  it('reports a failed up at the line and column PostgreSQL pointed to, with SQLSTATE', () => {
    const up = migration(SET, 2).up!;
    const run = engineRun(SET, {
      '2': {
        up: failed(up, { message: 'type "intt" does not exist', code: '42704', line: 2, column: 16 }),
        down: skippedStep(),
        reup: skippedStep(),
      },
    });
    const findings = runCheck(upFailed, { set: SET, run });
    expect(placed(findings)).toEqual(['up-failed 000002_b.up.sql:2 error']);
    expect(findings[0]).toMatchObject({ column: 16, version: '000002' });
    expect(findings[0].message).toBe('000002 up failed at line 2: type "intt" does not exist (SQLSTATE 42704)');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves a cancelled (timed out) up to the timeout check', () => {
    const up = migration(SET, 2).up!;
    const run = engineRun(SET, {
      '2': { up: failed(up, { message: 'canceling statement due to statement timeout', code: '57014', timeout: { limit: 'statement', ms: 1000 } }) },
    });
    expect(runCheck(upFailed, { set: SET, run })).toEqual([]);
  });

  it('stays silent when every up succeeded', () => {
    expect(runCheck(upFailed, { set: SET, run: engineRun(SET) })).toEqual([]);
  });

  describe("a statement that cannot run in a transaction block is told its own tool's way out", () => {
    const INDEX = 'CREATE INDEX CONCURRENTLY t_id ON t (id);\n';
    const hintFor = (format: MigrationFormat, files: Record<string, string>) => {
      const set = migrationSet(format, files);
      const second = set.migrations[1];
      const up = second.up!;
      const run = engineRun(set, {
        [second.version.toString()]: {
          up: failed(up, { message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block', code: '25001', line: 2 }),
          down: skippedStep(),
          reup: skippedStep(),
        },
      });
      const findings = runCheck(upFailed, { set, run });
      expect(findings).toHaveLength(1);
      return findings[0].hint ?? '';
    };

    it('golang-migrate: the only statement of its file', () => {
      const hint = hintFor(golangMigrate, {
        '000001_a.up.sql': 'CREATE TABLE t (id int);\n',
        '000002_b.up.sql': `SELECT 1;\n${INDEX}`,
      });
      expect(hint).toBe(
        'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction; ' +
          'statements such as CREATE INDEX CONCURRENTLY must be the only statement of their migration file.',
      );
    });

    it('goose: -- +goose NO TRANSACTION', () => {
      const hint = hintFor(goose, {
        '00001_a.sql': '-- +goose Up\nCREATE TABLE t (id int);\n',
        '00002_b.sql': `-- +goose Up\n${INDEX}`,
      });
      expect(hint).toContain('need `-- +goose NO TRANSACTION` in their file');
      expect(hint).not.toContain('golang-migrate');
    });

    it('dbmate: transaction:false on the -- migrate:up line', () => {
      const hint = hintFor(dbmate, {
        '20240101120000_a.sql': '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\n',
        '20240102120000_b.sql': `-- migrate:up\n${INDEX}-- migrate:down\n`,
      });
      expect(hint).toContain('need `transaction:false` on the `-- migrate:up` line');
      expect(hint).not.toContain('golang-migrate');
    });

    it('dbmate with transaction:false: alone in its section', () => {
      const hint = hintFor(dbmate, {
        '20240101120000_a.sql': '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\n',
        '20240102120000_b.sql': `-- migrate:up transaction:false\nSELECT 1;\n${INDEX}-- migrate:down\n`,
      });
      expect(hint).toContain('must be the only statement of their section');
      expect(hint).not.toContain('need `transaction:false`');
    });
  });
});
