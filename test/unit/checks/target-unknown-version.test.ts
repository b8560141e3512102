import { describe, expect, it } from 'vitest';
import { targetUnknownVersion } from '../../../src/checks/target-unknown-version';
import { dbmate, deployedVersion, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, { '000001_a.up.sql': 'SELECT 1;', '000003_c.up.sql': 'SELECT 3;' });

describe('target-unknown-version', () => {
  it('reports a database newer than the code, quoting golang-migrate', () => {
    const findings = runCheck(targetUnknownVersion, { set: SET, deployed: deployedVersion({ version: 7n }) });
    expect(placed(findings)).toEqual(['target-unknown-version -:- error']);
    expect(findings[0].message).toBe(
      'the target database postgres://deploy@prod.example/app is at version 7, which is not in this directory: this code is older than the database; golang-migrate cannot migrate from it ("no migration found for version 7")',
    );
    expect(findings[0].hint).toBe('Deploy from a revision that contains every migration the database has run.');
  });

  it('reports a database at a deleted version, and asks to restore it', () => {
    const findings = runCheck(targetUnknownVersion, { set: SET, deployed: deployedVersion({ version: 2n }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('that migration was deleted or renumbered');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('words it for goose and dbmate, which go on with newer files but cannot roll it back', () => {
    const gooseSet = migrationSet(goose, { '00001_a.sql': '-- +goose Up\nSELECT 1;\n' });
    expect(runCheck(targetUnknownVersion, { set: gooseSet, deployed: deployedVersion({ version: 4n }) })[0].message).toContain(
      '`goose down` cannot roll back a version it has no file for (4)',
    );
    const dbmateSet = migrationSet(dbmate, { '1_a.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\n' });
    expect(runCheck(targetUnknownVersion, { set: dbmateSet, deployed: deployedVersion({ version: 4n }) })[0].message).toContain(
      '`dbmate rollback` cannot find a file for version 4',
    );
  });

  it('stays silent when the version has a file, or nothing is applied', () => {
    expect(runCheck(targetUnknownVersion, { set: SET, deployed: deployedVersion({ version: 3n }) })).toEqual([]);
    expect(runCheck(targetUnknownVersion, { set: SET, deployed: deployedVersion({}) })).toEqual([]);
  });
});
