import { describe, expect, it } from 'vitest';
import { unreadableFile } from '../../../src/checks/unreadable-file';
import { DIR, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

describe('unreadable-file', () => {
  it('reports every file the tool would read but migration-guard refused, without a line', () => {
    const refused = [
      { path: `${DIR}/000002_link.up.sql`, name: '000002_link.up.sql', reason: 'it is a symbolic link to /etc/passwd, outside the repository' },
      { path: `${DIR}/000003_gone.up.sql`, name: '000003_gone.up.sql', reason: 'it is a broken symbolic link' },
    ];
    const set = migrationSet(golangMigrate, { '000001_init.up.sql': 'SELECT 1;\n' }, { refused });
    const findings = runCheck(unreadableFile, { set });
    expect(findings).toHaveLength(refused.length);
    expect(placed(findings)).toEqual(['unreadable-file 000002_link.up.sql:- error', 'unreadable-file 000003_gone.up.sql:- error']);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('stays silent when every file was read', () => {
    const set = migrationSet(goose, { '00001_init.sql': '-- +goose Up\nSELECT 1;\n' });
    expect(runCheck(unreadableFile, { set })).toEqual([]);
  });
});
