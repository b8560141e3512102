import { describe, expect, it } from 'vitest';
import { downColumnOrder } from '../../../src/checks/down-column-order';
import { changed, engineRun, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': 'ALTER TABLE t DROP COLUMN b;\n',
  '000001_a.down.sql': 'ALTER TABLE t ADD COLUMN b int;\n',
});

describe('down-column-order', () => {
  it('warns, on the down file, when the down restores the columns in another order', () => {
    const run = engineRun(SET, { '1': { downDiff: [changed('column order', 'public.t', 'columns', 'a, b, c', 'a, c, b')] } });
    const findings = runCheck(downColumnOrder, { set: SET, run });
    expect(placed(findings)).toEqual(['down-column-order 000001_a.down.sql:1 warning']);
    expect(findings[0].message.startsWith('000001_a.down.sql restores the columns but not their order: ')).toBe(true);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('stays silent on other differences (down-incomplete reports them) and on a clean run', () => {
    expect(runCheck(downColumnOrder, { set: SET, run: engineRun(SET) })).toEqual([]);
    const run = engineRun(SET, { '1': { downDiff: [changed('column', 'public.t.b', 'type', 'integer', 'bigint')] } });
    expect(runCheck(downColumnOrder, { set: SET, run })).toEqual([]);
  });
});
