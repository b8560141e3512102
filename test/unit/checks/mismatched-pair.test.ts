import { afterAll, describe, expect, it } from 'vitest';
import { mismatchedPair } from '../../../src/checks/mismatched-pair';
import { golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

// [up name, down name] pairs that golang-migrate pairs by number although their names differ.
const MISMATCHED: [string, string][] = [
  ['000002_add_color.up.sql', '000002_add_colour.down.sql'],
  ['000002_add_color.up.sql', '2_add_color.down.sql'],
  ['0002_add_color.up.sql', '000002_add_color.down.sql'],
];

describe('mismatched-pair', () => {
  let rows = 0;
  afterAll(() => expect(rows).toBe(MISMATCHED.length));

  it.each(MISMATCHED)('reports %s paired with %s, on the down file', (up, down) => {
    rows++;
    const set = migrationSet(golangMigrate, {
      '000001_init.up.sql': 'SELECT 1;\n',
      '000001_init.down.sql': 'SELECT 1;\n',
      [up]: 'SELECT 1;\n',
      [down]: 'SELECT 1;\n',
    });
    const findings = runCheck(mismatchedPair, { set });
    expect(placed(findings)).toEqual([`mismatched-pair ${down}:1 warning`]);
    expect(findings[0].message).toBe(
      `${down} and ${up} are one migration (version 2) but named differently; golang-migrate pairs them by number only`,
    );
    expect(findings[0].hint).toContain('`migrate create -seq`');
  });

  it('renders the rename hint', () => {
    const set = migrationSet(golangMigrate, { '000002_add_color.up.sql': 'SELECT 1;\n', '2_add_colour.down.sql': 'SELECT 1;\n' });
    expect(messages(runCheck(mismatchedPair, { set }))).toMatchSnapshot();
  });

  it('stays silent on a pair with one name', () => {
    const set = migrationSet(golangMigrate, { '000002_add_color.up.sql': 'SELECT 1;\n', '000002_add_color.down.sql': 'SELECT 1;\n' });
    expect(runCheck(mismatchedPair, { set })).toEqual([]);
  });
});
