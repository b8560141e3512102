import { describe, expect, it } from 'vitest';
import { driftChanged } from '../../../src/checks/drift-changed';
import { driftExtra } from '../../../src/checks/drift-extra';
import { driftMissing } from '../../../src/checks/drift-missing';
import { rehearsalDownFailed } from '../../../src/checks/rehearsal-down-failed';
import { rehearsalLongLock } from '../../../src/checks/rehearsal-long-lock';
import { rehearsalLostRows } from '../../../src/checks/rehearsal-lost-rows';
import { rehearsalUpFailed } from '../../../src/checks/rehearsal-up-failed';
import { targetDirty } from '../../../src/checks/target-dirty';
import { targetUnversioned } from '../../../src/checks/target-unversioned';
import type { DriftItem } from '../../../src/deployed/facts';
import type { DeployedSchema } from '../../../src/deployed/facts';
import type { RehearsalStep, RehearsedMigration } from '../../../src/deployed/facts';
import { deployedVersion, golangMigrate, goose, messages, migration, migrationSet, placed, runCheck, section } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_initial.up.sql': 'CREATE TABLE users (id int);',
  '000001_initial.down.sql': 'DROP TABLE users;',
  '000002_orders.up.sql': 'CREATE TABLE orders (id int);',
  '000002_orders.down.sql': 'DROP TABLE orders;',
});
const first = migration(SET, 1);
const second = migration(SET, 2);
const schema = (extra: Partial<DeployedSchema>): DeployedSchema => ({
  table: 'schema_migrations',
  versionTable: true,
  userTables: 2,
  notes: [],
  ...extra,
});
const item = (change: DriftItem['change'], text: string, extra: Partial<DriftItem> = {}): DriftItem => ({
  change,
  severity: change === 'extra' ? 'warning' : 'error',
  kind: 'table',
  name: 'public.x',
  text,
  baseline: false,
  ...extra,
});

describe('drift-missing, drift-changed, drift-extra', () => {
  const deployed = deployedVersion({
    version: 2n,
    schema: schema({
      drift: {
        at: '000002',
        notes: [],
        items: [
          item('missing', 'index users_email_idx is created by the migrations but missing from the target', { createdBy: second }),
          item('changed', 'column users.email type changed from varchar(100) to text', { createdBy: first, baseline: true }),
          item('changed', 'table users privileges changed from none to {reader=r/<owner>}', { severity: 'notice', createdBy: first, baseline: true }),
          item('extra', 'index orders_created_idx is in the target but no migration creates it'),
        ],
      },
    }),
  });

  it('gives each difference once, on the file that creates the object, the baseline named as such', () => {
    const missing = runCheck(driftMissing, { set: SET, deployed });
    const changed = runCheck(driftChanged, { set: SET, deployed });
    const extra = runCheck(driftExtra, { set: SET, deployed });
    expect(placed(missing)).toEqual(['drift-missing 000002_orders.up.sql:1 error']);
    expect(placed(changed)).toEqual(['drift-changed 000001_initial.up.sql:1 error', 'drift-changed 000001_initial.up.sql:1 notice']);
    expect(placed(extra)).toEqual(['drift-extra -:- warning']);
    expect(changed[0].message).toContain('this baseline does not match the target');
    expect(messages([...missing, ...changed, ...extra])).toMatchSnapshot();
  });

  it('stays silent without a schema comparison (drift off)', () => {
    expect(runCheck(driftMissing, { set: SET, deployed: deployedVersion({ version: 2n }) })).toEqual([]);
  });
});

describe('target-unversioned', () => {
  it('names the version the tables match and the force command', () => {
    const findings = runCheck(targetUnversioned, {
      set: SET,
      deployed: deployedVersion({ schema: schema({ versionTable: false, unversioned: { match: '000002' } }) }),
    });
    expect(placed(findings)).toEqual(['target-unversioned 000002_orders.up.sql:1 error']);
    expect(findings[0].message).toContain('`migrate up` would run 000001 again');
    expect(findings[0].hint).toContain('force 2`');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('says goose has no force command, and what to insert instead', () => {
    const set = migrationSet(goose, { '00001_a.sql': '-- +goose Up\nCREATE TABLE a (id int);\n' });
    const findings = runCheck(targetUnversioned, {
      set,
      deployed: deployedVersion({ schema: schema({ table: 'goose_db_version', versionTable: false, unversioned: { match: '00001' } }) }),
    });
    expect(findings[0].hint).toContain('goose has no force command');
    expect(findings[0].hint).toContain('INSERT INTO goose_db_version');
  });

  it('gives the closest version when none matches', () => {
    const findings = runCheck(targetUnversioned, {
      set: SET,
      deployed: deployedVersion({ schema: schema({ versionTable: false, unversioned: { closest: { version: '000001', differences: 3 } } }) }),
    });
    expect(findings[0].message).toContain('matches no version of the migrations (closest: 000001, with 3 difference(s))');
  });

  it('stays silent for a versioned target', () => {
    expect(runCheck(targetUnversioned, { set: SET, deployed: deployedVersion({ version: 1n, schema: schema({}) }) })).toEqual([]);
  });
});

describe('target-dirty, diagnosed', () => {
  const dirty = (d: NonNullable<DeployedSchema['dirty']>) =>
    runCheck(targetDirty, { set: SET, deployed: deployedVersion({ version: 2n, dirty: true, schema: schema({ dirty: d }) }) });
  it('says the migration left no trace and gives force N-1', () => {
    const [f] = dirty({ version: '000002', previous: '000001', matches: 'previous', previousDiff: [], currentDiff: [] });
    expect(f.message).toContain('matches 000001: 000002 left no trace');
    expect(f.hint).toMatch(/force 1`, then fix 000002/);
  });
  it('says the migration is fully applied and gives force N', () => {
    const [f] = dirty({ version: '000002', previous: '000001', matches: 'current', previousDiff: [], currentDiff: [] });
    expect(f.hint).toMatch(/force 2`; nothing needs repairing/);
  });
  it('lists what differs from each side when it matches neither', () => {
    const [f] = dirty({
      version: '000002',
      previous: '000001',
      matches: 'neither',
      previousDiff: [item('extra', 'table orders is in the target')],
      currentDiff: [item('missing', 'index orders_idx is missing')],
    });
    expect(f.message).toContain('matches neither 000001 (table orders is in the target) nor 000002 (index orders_idx is missing)');
  });
});

describe('rehearsal checks', () => {
  const step = (extra: Partial<RehearsalStep> = {}): RehearsalStep => ({ status: 'ok', ms: 5, locks: [], tables: [], ...extra });
  const rehearsed = (r: Partial<RehearsedMigration>) =>
    deployedVersion({
      version: 1n,
      rehearsal: {
        where: 'postgres://copy',
        leftAt: 'left at 000002',
        thresholdMs: 1000,
        migrations: [{ migration: second, up: step(), down: step(), reup: step(), lostRows: [], ...r }],
      },
    });

  it('reports an up that fails on rows at its line, and a down likewise', () => {
    const error = { message: 'column "tenant" of relation "users" contains null values', line: 3, column: 1, ownTransaction: false };
    const up = runCheck(rehearsalUpFailed, {
      set: SET,
      deployed: rehearsed({ up: step({ status: 'failed', file: section(SET, '000002_orders.up.sql'), error }) }),
    });
    expect(placed(up)).toEqual(['rehearsal-up-failed 000002_orders.up.sql:3 error']);
    const down = runCheck(rehearsalDownFailed, {
      set: SET,
      deployed: rehearsed({ down: step({ status: 'failed', file: section(SET, '000002_orders.down.sql'), error }) }),
    });
    expect(placed(down)).toEqual(['rehearsal-down-failed 000002_orders.down.sql:3 error']);
    expect(messages([...up, ...down])).toMatchSnapshot();
  });

  it('reports rows a down did not give back', () => {
    const findings = runCheck(rehearsalLostRows, {
      set: SET,
      deployed: rehearsed({ lostRows: [{ table: 'public.users', rowsBefore: 10, rowsAfter: 7 }] }),
    });
    expect(findings[0].message).toContain('10 row(s) before the up, 7 after the down');
  });

  it('warns about a traffic-blocking lock held past the threshold, and not about a short or harmless one', () => {
    const locks = [
      { table: 'public.users', mode: 'AccessExclusiveLock', ms: 2500, blocks: 'reads and writes' },
      { table: 'public.users', mode: 'ShareUpdateExclusiveLock', ms: 9000, blocks: 'other schema changes and VACUUM' },
      { table: 'public.orders', mode: 'ShareLock', ms: 200, blocks: 'writes' },
    ];
    const tables = [{ table: 'public.users', rewritten: true, bytes: 5 << 20, inserted: 0, updated: 0, deleted: 0, seqScans: 0 }];
    const findings = runCheck(rehearsalLongLock, {
      set: SET,
      deployed: rehearsed({ up: step({ locks, tables, file: section(SET, '000002_orders.up.sql') }) }),
    });
    expect(findings.map((f) => f.message)).toEqual([
      'migration 000002 up held AccessExclusiveLock on users for 2.5 s on the rehearsal copy, blocking reads and writes; it rewrote the table (5.0 MB)',
    ]);
  });
});
