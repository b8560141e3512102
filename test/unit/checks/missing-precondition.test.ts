import { describe, expect, it } from 'vitest';
import { neededObjectOf, preconditionFailures, provideStatement } from '../../../src/check-support/precondition-error';
import { missingPrecondition } from '../../../src/checks/missing-precondition';
import { notCheckedAfterFailure } from '../../../src/checks/not-checked-after-failure';
import { upFailed } from '../../../src/checks/up-failed';
import { COULD_NOT_CHECK } from '../../../src/checks';
import { engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck, skippedStep } from '../../helpers/facts';

const FILES = {
  '000001_profiles.up.sql': 'CREATE TABLE profiles (id int PRIMARY KEY);\n',
  '000001_profiles.down.sql': 'DROP TABLE profiles;\n',
  '000002_policy.up.sql': 'ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON profiles FOR SELECT TO web_anon USING (true);\n',
  '000002_policy.down.sql': 'DROP POLICY p ON profiles;\n',
  '000003_sessions.up.sql': 'CREATE TABLE identity.sessions (id int PRIMARY KEY);\n',
  '000003_sessions.down.sql': 'DROP TABLE identity.sessions;\n',
  '000004_session_view.up.sql': 'SET search_path = identity, public;\nCREATE VIEW recent AS SELECT * FROM sessions;\n',
  '000004_session_view.down.sql': 'DROP VIEW recent;\n',
  '000005_tags.up.sql': 'CREATE TABLE tags (id int);\n',
  '000005_tags.down.sql': 'DROP TABLE tags;\n',
};

const set = migrationSet(golangMigrate, FILES);
const up = (v: number) => migration(set, v).up!;
const notRun = { down: skippedStep('up failed'), reup: skippedStep('up failed') };
const noRole = { message: 'role "web_anon" does not exist', code: '42704', line: 2, column: 50 };
const noSchema = { message: 'schema "identity" does not exist', code: '3F000', line: 1, column: 14 };

describe('missing-precondition', () => {
  it('names the roles and schemas no migration creates once, with what could not be checked, and folds their up-failed errors', () => {
    const run = engineRun(set, {
      2: { up: failed(up(2), noRole), ...notRun },
      3: { up: failed(up(3), noSchema), ...notRun },
      4: { up: failed(up(4), { message: 'relation "sessions" does not exist', code: '42P01', line: 2 }), ...notRun, afterFailedUp: '000003' },
    });
    const findings = runCheck(missingPrecondition, { set, run });
    expect(placed(findings)).toEqual(['missing-precondition 000002_policy.up.sql:2 error']);
    expect(findings[0].message).toContain('role "web_anon", schema "identity", which none of them creates');
    expect(findings[0].message).toContain('000002 (role "web_anon"), 000003 (schema "identity")');
    expect(findings[0].message).toContain('nor 1 later step(s) that use what those would have made: 000004 up');
    expect(findings[0].hint).toContain('CREATE ROLE web_anon NOLOGIN; CREATE SCHEMA IF NOT EXISTS identity;');
    expect(messages(findings)).toMatchSnapshot();
    // Said once: no up-failed for the preconditions, no not-checked-after-failure for what followed from them.
    expect(runCheck(upFailed, { set, run })).toEqual([]);
    expect(runCheck(notCheckedAfterFailure, { set, run })).toEqual([]);
    expect(COULD_NOT_CHECK.has('missing-precondition')).toBe(true);
  });

  it('stays silent when a migration creates the role or schema (the counter-example): that is the file order or its own error', () => {
    const creates = migrationSet(golangMigrate, {
      ...FILES,
      '000006_roles.up.sql': 'CREATE ROLE web_anon NOLOGIN;\nCREATE SCHEMA IF NOT EXISTS "identity";\n',
      '000006_roles.down.sql': 'DROP SCHEMA identity;\nDROP ROLE web_anon;\n',
    });
    const upOf = (v: number) => migration(creates, v).up!;
    const run = engineRun(creates, {
      2: { up: failed(upOf(2), noRole), ...notRun },
      3: { up: failed(upOf(3), noSchema), ...notRun },
    });
    expect(runCheck(missingPrecondition, { set: creates, run })).toEqual([]);
    expect(placed(runCheck(upFailed, { set: creates, run }))).toEqual([
      'up-failed 000002_policy.up.sql:2 error',
      'up-failed 000003_sessions.up.sql:1 error',
    ]);
  });

  it('says nothing on a clean run, or on failures that are not about a role or schema', () => {
    expect(runCheck(missingPrecondition, { set, run: engineRun(set) })).toEqual([]);
    const run = engineRun(set, { 2: { up: failed(up(2), { message: 'role "x" is not permitted to log in', code: '28000' }), ...notRun } });
    expect(runCheck(missingPrecondition, { set, run })).toEqual([]);
  });

  it('reads the object from PostgreSQL words and SQLSTATE only, and quotes names that need it', () => {
    expect(neededObjectOf(failed(up(2), noRole))).toEqual({ kind: 'role', name: 'web_anon' });
    expect(neededObjectOf(failed(up(3), noSchema))).toEqual({ kind: 'schema', name: 'identity' });
    expect(neededObjectOf(failed(up(2), { message: 'type "citext" does not exist', code: '42704' }))).toBeUndefined();
    expect(neededObjectOf(failed(up(2), { message: 'role "a" does not exist', code: '42601' }))).toBeUndefined();
    expect(provideStatement({ kind: 'role', name: 'Web Anon' })).toBe('CREATE ROLE "Web Anon" NOLOGIN;');
    expect(provideStatement({ kind: 'schema', name: 'auth' })).toBe('CREATE SCHEMA IF NOT EXISTS auth;');
  });

  it('leaves a precondition failure that follows from an earlier failed up to not-checked-after-failure', () => {
    const chain = migrationSet(golangMigrate, {
      '000001_a.up.sql': 'CREATE SCHEMA accounts;\nCREATE TABLE accounts.a (id int) DEFALT;\n',
      '000001_a.down.sql': 'DROP SCHEMA accounts CASCADE;\n',
      '000002_b.up.sql': 'CREATE TABLE accounts.b (id int);\n',
      '000002_b.down.sql': 'DROP TABLE accounts.b;\n',
    });
    const run = engineRun(chain, {
      1: { up: failed(migration(chain, 1).up!, { message: 'syntax error at or near "DEFALT"', code: '42601', line: 1 }), ...notRun },
      2: { up: failed(migration(chain, 2).up!, { ...noSchema, message: 'schema "accounts" does not exist' }), ...notRun, afterFailedUp: '000001' },
    });
    expect(preconditionFailures(chain, run).size).toBe(0);
    expect(runCheck(missingPrecondition, { set: chain, run })).toEqual([]);
    expect(placed(runCheck(notCheckedAfterFailure, { set: chain, run }))).toEqual(['not-checked-after-failure 000001_a.up.sql:1 notice']);
  });
});
