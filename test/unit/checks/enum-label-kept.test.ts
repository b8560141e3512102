import { describe, expect, it } from 'vitest';
import { downIncomplete } from '../../../src/checks/down-incomplete';
import { addedEnumLabels } from '../../../src/check-support/down-differences';
import { enumLabelKept } from '../../../src/checks/enum-label-kept';
import { reupFailed } from '../../../src/checks/reup-failed';
import { added, changed, engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000002_refunds.up.sql':
    "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';\nALTER TABLE orders ADD COLUMN refunded_at timestamptz;\n",
  '000002_refunds.down.sql': 'ALTER TABLE orders DROP COLUMN refunded_at;\n',
});
const labels = (before: string, after: string) => changed('enum', 'public.order_status', 'labels', before, after);
const REFUNDED = labels("'new', 'paid', 'shipped'", "'new', 'paid', 'refunded', 'shipped'");
const all = (run: ReturnType<typeof engineRun>) =>
  [downIncomplete, enumLabelKept, reupFailed].flatMap((c) => runCheck(c, { set: SET, run })).map((f) => `${f.check} ${f.severity}`);

describe('enum-label-kept', () => {
  it('reports a value the down cannot remove once, as a warning, instead of down-incomplete', () => {
    const run = engineRun(SET, { '2': { downDiff: [REFUNDED] } });
    const findings = runCheck(enumLabelKept, { set: SET, run });
    expect(placed(findings)).toEqual(['enum-label-kept 000002_refunds.down.sql:1 warning']);
    expect(findings[0].message).toContain("'refunded' of enum order_status stay after the down");
    expect(all(run)).toEqual(['enum-label-kept warning']);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reads which labels were added, and only additions', () => {
    expect(addedEnumLabels(labels("'a', 'b'", "'a', 'b', 'c', 'it''s'"))).toEqual(["'c'", "'it''s'"]);
    expect(addedEnumLabels(labels("'a', 'b'", "'z', 'a', 'b'"))).toEqual(["'z'"]);
    expect(addedEnumLabels(labels("'a', 'b'", "'a', 'c'"))).toBeUndefined(); // renamed: the down can rename it back
    expect(addedEnumLabels(labels("'a', 'b'", "'b', 'a', 'c'"))).toBeUndefined();
    expect(addedEnumLabels(added('enum', 'public.mood'))).toBeUndefined();
  });

  it('a renamed value, or a new enum the down leaves, is still down-incomplete', () => {
    expect(all(engineRun(SET, { '2': { downDiff: [labels("'a', 'b'", "'a', 'c'")] } }))).toEqual(['down-incomplete error']);
    expect(all(engineRun(SET, { '2': { downDiff: [added('enum', 'public.mood')] } }))).toEqual(['down-incomplete error']);
  });

  it('when ADD VALUE without IF NOT EXISTS then fails, says both facts: the value stays whatever the down holds, and the up cannot run again', () => {
    const reup = failed(migration(SET, 2).up!, { message: 'enum label "refunded" already exists', code: '42710', line: 1 });
    const run = engineRun(SET, { '2': { downDiff: [REFUNDED], reup } });
    expect(all(run)).toEqual(['enum-label-kept warning', 'reup-failed error']);
    expect(runCheck(reupFailed, { set: SET, run })[0].hint).toMatch(/^The down keeps value 'refunded' of enum order_status/);
  });
});
