import { describe, expect, it } from 'vitest';
import { codeMigrations } from '../../../src/checks/code-migrations';
import { sequenceGap } from '../../../src/checks/sequence-gap';
import { unparsableName } from '../../../src/checks/unparsable-name';
import { goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const SQL = '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n';
const GO = 'package migrations\n';

describe('code-migrations', () => {
  it('names the goose Go migrations once, as a notice, and checks the SQL ones in order', () => {
    const set = migrationSet(goose, {
      '00001_init.sql': SQL,
      '00002_backfill.go': GO,
      '00003_add_index.sql': SQL,
      '00004_recompute.go': GO,
    });
    const findings = runCheck(codeMigrations, { set });
    expect(placed(findings)).toEqual(['code-migrations 00002_backfill.go:1 notice']);
    expect(findings[0].message).toContain('2 migration(s) written in Go were not checked (00002_backfill.go, 00004_recompute.go)');
    expect(findings[0].message).toContain('the 1 after 00002 ran without what the Go migrations do');
    expect(messages(findings)).toMatchSnapshot();
    // They are migrations, not misspelt names: no unparsable-name, and the SQL ones are the set's migrations.
    expect(runCheck(unparsableName, { set })).toEqual([]);
    expect(set.migrations.map((m) => m.versionText)).toEqual(['00001', '00003']);
    // Their versions count: 00002 is not a gap.
    expect(runCheck(sequenceGap, { set })).toEqual([]);
  });

  it('stays silent without Go migrations, and on .go files goose does not run (tests, helpers)', () => {
    const set = migrationSet(goose, { '00001_init.sql': SQL }, { otherNames: ['helpers.go', '00002_backfill_test.go'] });
    expect(runCheck(codeMigrations, { set })).toEqual([]);
  });
});
