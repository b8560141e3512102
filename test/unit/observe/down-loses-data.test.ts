import { describe, expect, it } from 'vitest';
import { downLosesData } from '../../../src/checks/down-loses-data';
import type { ObservedStatement, StatementFacts } from '../../../src/engine/observe/types';
import type { RowLoss } from '../../../src/engine/seed/observations';
import { engineRun, golangMigrate, migrationSet, placed, runCheck } from '../../helpers/facts';

const people = { name: 'public.people', existing: true, oid: 1 };

const statement = (line: number, facts: Partial<StatementFacts>): ObservedStatement => ({
  line,
  column: 1,
  text: 'fabricated',
  facts: { kind: 'AlterTableStmt', ddl: true, ...facts },
  observed: true,
  locks: [],
  rewritten: [],
  scanned: [],
});

const loss: RowLoss = {
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
};

/** Migration 000002 whose up text is `up`, observed as dropping people.full_name at `dropLine`. */
function run(up: string, dropLine: number) {
  const set = migrationSet(golangMigrate, { '000002_x.up.sql': up, '000002_x.down.sql': 'ALTER TABLE people ADD COLUMN full_name text;\n' });
  const drop = statement(dropLine, { table: people, commands: [{ subtype: 'AT_DropColumn', column: 'full_name' }] });
  return {
    set,
    run: engineRun(set, {
      '2': {
        observed: { mode: 'observed', statements: [drop] },
        data: { tables: ['public.people'], seeded: ['public.people'], skipped: [], losses: [loss], ms: 1 },
      },
    }),
  };
}

describe('down-loses-data beside destructive-drop', () => {
  it('stays silent for a column the up drops outright: destructive-drop already says no down brings it back', () => {
    expect(runCheck(downLosesData, run('ALTER TABLE people DROP COLUMN full_name;\n', 1))).toEqual([]);
  });

  it('speaks when the up reads the column first (copies it aside), so the down could copy it back', () => {
    const up =
      'ALTER TABLE people ADD COLUMN display_name text;\nUPDATE people SET display_name = full_name;\nALTER TABLE people DROP COLUMN full_name;\n';
    expect(placed(runCheck(downLosesData, run(up, 3)))).toEqual(['down-loses-data 000002_x.down.sql:1 warning']);
  });
});
