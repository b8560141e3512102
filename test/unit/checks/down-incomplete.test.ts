import { describe, expect, it } from 'vitest';
import { downIncomplete } from '../../../src/checks/down-incomplete';
import {
  added,
  changed,
  dbmate,
  engineRun,
  failed,
  goose,
  golangMigrate,
  messages,
  migration,
  migrationSet,
  placed,
  runCheck,
} from '../../helpers/facts';

const UP =
  'CREATE TABLE customers (id int);\nALTER TABLE customers ADD COLUMN avatar_url text;\nCREATE INDEX customers_email_idx ON customers (id);\n';

describe('down-incomplete', () => {
  it('reports what the down left behind, on the down file, and where the up made it', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': UP, '000001_a.down.sql': 'ALTER TABLE customers DROP COLUMN avatar_url;\n' });
    const run = engineRun(set, { '1': { downDiff: [added('index', 'public.customers_email_idx'), added('table', 'public.customers')] } });
    const findings = runCheck(downIncomplete, { set, run });
    expect(placed(findings)).toEqual(['down-incomplete 000001_a.down.sql:1 error']);
    expect(findings[0].version).toBe('000001');
    expect(findings[0].message).toMatch(
      /^000001_a\.down\.sql does not restore the schema: index customers_email_idx is still there; table customers is still there/,
    );
    expect(findings[0].hint).toBe('The up file changes it at 000001_a.up.sql:3; undo that in the down file.');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('adds the failure of the second up to the message', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': UP, '000001_a.down.sql': 'SELECT 1;\n' });
    const run = engineRun(set, {
      '1': {
        downDiff: [added('table', 'public.customers')],
        reup: failed(migration(set, 1).up!, { message: 'relation "customers" already exists', code: '42P07', line: 1 }),
      },
    });
    expect(runCheck(downIncomplete, { set, run })[0].message).toContain('. Running the up again then fails: relation "customers" already exists');
  });

  it('points at the down section of a goose file and of a dbmate file (same finding for every tool)', () => {
    const gooseSet = migrationSet(goose, { '00001_a.sql': `-- +goose Up\n${UP}-- +goose Down\nSELECT 1;\n` });
    const gooseFindings = runCheck(downIncomplete, {
      set: gooseSet,
      run: engineRun(gooseSet, { '1': { downDiff: [added('table', 'public.customers')] } }),
    });
    expect(placed(gooseFindings)).toEqual(['down-incomplete 00001_a.sql:6 error']);
    const dbmateSet = migrationSet(dbmate, { '1_a.sql': `-- migrate:up\n${UP}\n-- migrate:down\nSELECT 1;\n` });
    const dbmateFindings = runCheck(downIncomplete, {
      set: dbmateSet,
      run: engineRun(dbmateSet, { '1': { downDiff: [added('table', 'public.customers')] } }),
    });
    expect(placed(dbmateFindings)).toEqual(['down-incomplete 1_a.sql:7 error']);
    expect(gooseFindings[0].hint).toBe('The up file changes it at 00001_a.sql:2; undo that in the down file.');
  });

  it('stays silent when only the column order differs, or nothing does', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': UP, '000001_a.down.sql': 'DROP TABLE customers;\n' });
    expect(runCheck(downIncomplete, { set, run: engineRun(set) })).toEqual([]);
    const reordered = engineRun(set, { '1': { downDiff: [changed('column order', 'public.customers', 'columns', 'id, a, b', 'id, b, a')] } });
    expect(runCheck(downIncomplete, { set, run: reordered })).toEqual([]);
  });
});
