import { describe, expect, it } from 'vitest';
import { oneCausePerFinding } from '../../../src/check-support/one-cause';
import type { Finding, Severity } from '../../../src/findings';

const f = (check: string, line: number | undefined, extra: Partial<Finding> = {}): Finding => ({
  check,
  severity: 'warning' as Severity,
  message: `${check} at ${line}`,
  file: '/m/000002_x.up.sql',
  line,
  version: '000002',
  ...extra,
});
const shown = (findings: Finding[]) => findings.map((x) => `${x.check}:${x.line ?? '-'} ${x.severity}`);

describe('one cause, one finding', () => {
  it("merges one check's findings at one statement into one that lists them, and leaves other lines and checks alone", () => {
    const out = oneCausePerFinding([
      f('destructive-drop', 2, { message: 'drops column orders.a', relations: ['public.orders'] }),
      f('destructive-drop', 2, { message: 'drops column orders.b', relations: ['public.orders'], severity: 'error' }),
      f('destructive-drop', 3),
      f('table-rewrite', 2),
      f('seed-skipped', 1, { message: 'same words' }),
      f('seed-skipped', 1, { message: 'same words' }),
    ]);
    expect(shown(out)).toEqual(['destructive-drop:2 error', 'destructive-drop:3 warning', 'table-rewrite:2 warning', 'seed-skipped:1 warning']);
    expect(out[0].message).toBe('2 at this line: (1) drops column orders.a; (2) drops column orders.b.');
    expect(out[0].relations).toEqual(['public.orders']);
    expect(out[3].message).toBe('same words (2 times here).');
  });

  it("folds a rehearsal finding into the seeded-row finding of the same migration, confirmed on the copy's rows", () => {
    const out = oneCausePerFinding([
      f('up-fails-on-data', 3, { message: 'fails on seeded rows.' }),
      f('rehearsal-up-failed', 3, { severity: 'error', message: 'fails on the copy.' }),
      f('down-loses-data', 1, { file: '/m/000002_x.down.sql', message: 'loses names.' }),
      f('rehearsal-lost-rows', 1, { file: '/m/000002_x.down.sql', severity: 'error', message: 'rows differ.' }),
      f('rehearsal-up-failed', 2, { version: '000003', severity: 'error', message: 'another migration.' }),
    ]);
    expect(shown(out)).toEqual(['up-fails-on-data:3 error', 'down-loses-data:1 error', 'rehearsal-up-failed:2 error']);
    expect(out[0].message).toBe("fails on seeded rows. Confirmed on the copy's rows: fails on the copy.");
  });

  it('drops scan and lock findings on a statement any row breaks, and keeps them where the failure depends on the values', () => {
    const out = oneCausePerFinding([
      f('up-fails-on-data', 3, { severity: 'error' }),
      f('validating-constraint', 3),
      f('table-rewrite', 3),
      f('destructive-drop', 3),
      f('up-fails-on-data', 5),
      f('validating-constraint', 5),
    ]);
    expect(shown(out)).toEqual([
      'up-fails-on-data:3 error',
      'destructive-drop:3 warning',
      'up-fails-on-data:5 warning',
      'validating-constraint:5 warning',
    ]);
  });
});
