import { describe, expect, it } from 'vitest';
import { outOfOrder } from '../../../src/checks/out-of-order';
import { baseComparison, dbmate, deployedVersion, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const G = (s: string) => `-- +goose Up\n${s}\n-- +goose Down\nSELECT 1;\n`;
const D = (s: string) => `-- migrate:up\n${s}\n-- migrate:down\nSELECT 1;\n`;

describe('out-of-order', () => {
  it('reports a new golang-migrate version below the merged one: silently never applied', () => {
    const merged = { '000001_a.up.sql': 'SELECT 1;', '000003_c.up.sql': 'SELECT 3;' };
    const set = migrationSet(golangMigrate, { ...merged, '000002_b.up.sql': 'SELECT 2;', '000002_b.down.sql': 'SELECT 2;' });
    const findings = runCheck(outOfOrder, { set, base: baseComparison(golangMigrate, merged) });
    expect(placed(findings)).toEqual(['out-of-order 000002_b.up.sql:1 error']);
    expect(findings[0].message).toBe(
      '000002_b.up.sql is new, but version 000002 is not above 000003 (merged at main): golang-migrate never applies it to a database already at 000003, and says nothing',
    );
    expect(findings[0].hint).toBe('Renumber it to 000004.');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('counts the deployed version as applied', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': 'SELECT 1;', '000002_b.up.sql': 'SELECT 2;' });
    const findings = runCheck(outOfOrder, {
      set,
      base: baseComparison(golangMigrate, { '000001_a.up.sql': 'SELECT 1;' }),
      deployed: deployedVersion({ version: 5n }),
    });
    expect(placed(findings)).toEqual(['out-of-order 000002_b.up.sql:1 error']);
    expect(findings[0].message).toContain('(deployed on postgres://deploy@prod.example/app)');
    expect(findings[0].hint).toBe('Renumber it to 000006.');
  });

  it('says goose refuses it unless -allow-missing', () => {
    const merged = { '00001_a.sql': G('SELECT 1;'), '00003_c.sql': G('SELECT 3;') };
    const set = migrationSet(goose, { ...merged, '00002_b.sql': G('SELECT 2;') });
    const findings = runCheck(outOfOrder, { set, base: baseComparison(goose, merged) });
    expect(placed(findings)).toEqual(['out-of-order 00002_b.sql:1 error']);
    expect(findings[0].message).toContain('`goose up` refuses to run on a database already at 00003');
    expect(findings[0].message).toContain('-allow-missing');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('says dbmate applies it out of order, as a warning', () => {
    const merged = { '20240101000000_a.sql': D('SELECT 1;'), '20240301000000_c.sql': D('SELECT 3;') };
    const set = migrationSet(dbmate, { ...merged, '20240201000000_b.sql': D('SELECT 2;') });
    const findings = runCheck(outOfOrder, { set, base: baseComparison(dbmate, merged) });
    expect(placed(findings)).toEqual(['out-of-order 20240201000000_b.sql:1 warning']);
    expect(findings[0].message).toContain('`dbmate up` applies it on a database already at 20240301000000');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('stays silent on new versions above everything applied, and on the missing half of a merged migration', () => {
    const merged = { '000001_a.up.sql': 'SELECT 1;' };
    const set = migrationSet(golangMigrate, { ...merged, '000001_a.down.sql': 'SELECT 1;', '000002_b.up.sql': 'SELECT 2;' });
    expect(runCheck(outOfOrder, { set, base: baseComparison(golangMigrate, merged) })).toEqual([]);
  });
});
