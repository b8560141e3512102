import { beforeAll, describe, expect, it } from 'vitest';
import { downLosesData } from '../../../src/checks/down-loses-data';
import { seedSkipped } from '../../../src/checks/seed-skipped';
import { upFailsOnData } from '../../../src/checks/up-fails-on-data';
import { reupFailsOnData } from '../../../src/checks/reup-fails-on-data';
import { compareRows, blameUp } from '../../../src/engine/seed/row-snapshot';
import { tablesOf } from '../../../src/engine/seed/touched';
import type { EngineRun, MigrationTrace } from '../../../src/engine/trace';
import type { DataObservations } from '../../../src/engine/seed/observations';
import { golangMigrate } from '../../../src/formats/golang-migrate';
import type { MigrationFile, MigrationSet } from '../../../src/formats/migration-set';
import { loadParser } from '../../../src/sql/pg-parser';

beforeAll(async () => expect(await loadParser()).toBe(true));

const file = (direction: 'up' | 'down') =>
  ({
    path: `/m/000002_x.${direction}.sql`,
    text: 'ALTER TABLE accounts ADD COLUMN country text NOT NULL;\n',
    direction,
    versionText: '000002',
  }) as unknown as MigrationFile;
function run(data: Partial<DataObservations>): { set: MigrationSet; run: EngineRun } {
  const trace = {
    migration: { version: 2n, versionText: '000002', up: file('up'), down: file('down') },
    up: { status: 'ok', ms: 1 },
    down: { status: 'ok', ms: 1 },
    reup: { status: 'ok', ms: 1 },
    data: { tables: ['public.accounts'], seeded: ['public.accounts'], skipped: [], losses: [], ms: 1, ...data },
  } as unknown as MigrationTrace;
  return {
    set: { format: golangMigrate } as MigrationSet,
    run: { provider: 'local', server: 'x', postgresVersion: '15', traces: [trace], startupMs: 0, ms: 0 },
  };
}
const failed = (message: string, code: string, detail?: string) => ({
  status: 'failed' as const,
  ms: 1,
  file: file('up'),
  error: { message, code, detail, line: 1, column: 1, ownTransaction: false },
});

describe('data checks over fabricated facts', () => {
  it('up-fails-on-data is an error when any row breaks it, with the table and the row', () => {
    const findings = upFailsOnData.run(
      run({
        upFailure: {
          step: failed('column "country" of relation "accounts" contains null values', '23502'),
          table: 'public.accounts',
          rows: 5,
          row: { id: '1', email: 'alpha' },
          anyRow: true,
        },
      }) as never,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toMatchSnapshot();
  });

  it('up-fails-on-data is a warning, saying so, when it depends on the generated values', () => {
    const [f] = upFailsOnData.run(
      run({
        upFailure: {
          step: failed('could not create unique index "k"', '23505', 'Key (nickname)=(alpha) is duplicated.'),
          table: 'public.accounts',
          rows: 5,
          row: { nickname: 'alpha' },
          anyRow: false,
        },
      }) as never,
    );
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/is duplicated\. It passes on empty tables\..*depends on the values/);
  });

  it('reup-fails-on-data reports the second up', () => {
    const [f] = reupFailsOnData.run(
      run({ reupFailure: { step: failed('check constraint "c" of relation "orders" is violated by some row', '23514'), anyRow: false } }) as never,
    );
    expect(f.check).toBe('reup-fails-on-data');
    expect(f.message).toMatch(/run again after its down/);
  });

  it('down-loses-data names table, columns, rows, an example and who lost them', () => {
    const findings = downLosesData.run(
      run({
        losses: [
          {
            table: 'public.people',
            columns: ['full_name'],
            rowsBefore: 5,
            changedRows: 4,
            missingRows: 0,
            before: { id: '1', full_name: 'alpha' },
            after: { id: '1', full_name: null },
            droppedByUp: ['full_name'],
            changedByUp: [],
            rowsDeletedByUp: false,
          },
        ],
      }) as never,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].file).toBe('/m/000002_x.down.sql');
    expect(findings[0].message).toMatchSnapshot();
  });

  it('seed-skipped is one notice naming the table and why; nothing without data', () => {
    expect(
      seedSkipped
        .run(run({ skipped: [{ table: 'public.codes', reason: 'every generated row was refused: check' }] }) as never)
        .map((f) => f.severity),
    ).toEqual(['notice']);
    for (const c of [upFailsOnData, downLosesData, reupFailsOnData, seedSkipped]) expect(c.run(run({}) as never)).toEqual([]);
  });
});

describe('which tables a migration touches', () => {
  it('reads every named table, DROP TABLE included, and the columns added without a default', () => {
    const t = tablesOf(
      'ALTER TABLE a.users ADD COLUMN c text NOT NULL, ADD COLUMN d int DEFAULT 1; CREATE INDEX ON posts (x); DROP TABLE old; INSERT INTO logs SELECT * FROM events;',
    );
    expect(t.tables?.map((n) => `${n.schema ?? ''}.${n.name}`).sort()).toEqual(['.events', '.logs', '.old', '.posts', 'a.users']);
    expect([...t.addedWithoutDefault]).toEqual(['c']);
  });

  it('falls back to every table for DO blocks and text it cannot parse', () => {
    expect(tablesOf('DO $$ BEGIN UPDATE t SET x = 1; END $$;').tables).toBeUndefined();
    expect(tablesOf('ALTER TABLE (').tables).toBeUndefined();
  });
});

describe('comparing rows', () => {
  const since = Date.now();
  it('ignores column order, extra rows and values a trigger stamped with the time of the run', () => {
    const before = [{ id: '1', a: 'x', b: 'y', at: '2024-01-15T10:30:00+00:00' }];
    const after = [
      { b: 'y', at: new Date().toISOString(), id: '1', a: 'x' },
      { id: '2', a: 'new', b: 'row', at: null },
    ];
    expect(compareRows(before, after, ['id'], since)).toBeUndefined();
  });

  it('pairs rows by primary key and counts changed and missing ones', () => {
    const before = [
      { id: '1', name: 'alpha' },
      { id: '2', name: 'bravo' },
      { id: '3', name: 'charlie' },
    ];
    const after = [
      { id: '1', name: null },
      { id: '2', name: 'bravo' },
    ];
    expect(compareRows(before, after, ['id'], since)).toMatchObject({ columns: ['name'], changedRows: 1, missingRows: 1, rowsBefore: 3 });
  });

  it('names in its example the values the database made during the run, which differ between two runs, and shows seeded ones', () => {
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let t = Date.now();
    let time = '';
    for (let i = 0; i < 10; i++, t = Math.floor(t / 32)) time = crockford[t % 32] + time;
    const madeNow = `${time}0000000000000000`;
    const seeded = '01HGW2N7EHJTZ6RC2VWB8K3M1A'; // a fixed ULID of 2023
    const uuid7 = `${Date.now()
      .toString(16)
      .padStart(12, '0')
      .replace(/^(.{8})(.{4})$/, '$1-$2')}-7000-8000-000000000000`;
    const before = [{ id: seeded, run_id: madeNow, name: 'alpha', at: '2024-01-15T10:30:00+00:00', micros: '1705314600000000' }];
    const after = [{ id: seeded, run_id: madeNow, name: null, at: new Date().toISOString(), ref: uuid7, micros: String(Date.now() * 1000) }];
    const loss = compareRows(before, after, ['id'], since);
    expect(loss?.before).toEqual({
      id: seeded,
      run_id: '(an id made during the run)',
      name: 'alpha',
      at: '2024-01-15T10:30:00+00:00',
      micros: '1705314600000000', // 2024 in microseconds: shown
    });
    expect(loss?.after).toEqual({
      id: seeded,
      run_id: '(an id made during the run)',
      name: null,
      at: '(a time during the run)',
      ref: '(an id made during the run)',
      micros: '(a time during the run)', // an epoch counter the clock set during the run
    });
  });

  it('tells a column the up dropped from values the down lost', () => {
    const before = [{ id: '1', name: 'alpha' }];
    expect(blameUp(before, [{ id: '1', first: 'alpha' }], ['name']).droppedByUp).toEqual(['name']);
    expect(blameUp(before, [{ id: '1', name: 'alpha' }], ['name'])).toMatchObject({ droppedByUp: [], changedByUp: [] });
    expect(blameUp(before, [{ id: '1', name: 'ALPHA' }], ['name']).changedByUp).toEqual(['name']);
  });
});
