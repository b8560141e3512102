import { describe, expect, it } from 'vitest';
import { applyIgnoreComments } from '../../../src/check-support/ignore-comments';
import { ATLAS_CODES, SQUAWK_RULES, foreignDirective } from '../../../src/check-support/other-linters';
import { CHECK_IDS } from '../../../src/checks';
import type { Finding } from '../../../src/findings';
import { golangMigrate, migrationSet } from '../../helpers/facts';

describe("other linters' suppressions", () => {
  it('maps only to checks that exist', () => {
    const ids = new Set(CHECK_IDS);
    const mapped = [...Object.values(ATLAS_CODES), ...Object.values(SQUAWK_RULES)].flat();
    expect(mapped.length).toBeGreaterThan(20);
    expect(mapped.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each([
    ['-- atlas:nolint DS103', ['destructive-drop']],
    ['-- atlas:nolint MF103 BC102', ['up-fails-on-data', 'breaking-rename']],
    ['-- atlas:nolint destructive', ['destructive-drop']],
    ['-- atlas:nolint concurrent_index', ['blocking-index-build', 'validating-constraint']],
    ['-- atlas:nolint PG110', []],
    ['-- atlas:nolint CD101', []],
    ['-- squawk-ignore ban-drop-column, renaming-column -- ok', ['destructive-drop', 'breaking-rename']],
    ['-- squawk-ignore prefer-robust-stmts', []],
    ['/* atlas:nolint BC101 */', ['breaking-rename']],
    ['/* squawk-ignore renaming-table */', ['breaking-rename']],
  ])('reads %j as %j', (line, checks) => {
    expect(foreignDirective(line)?.checks).toEqual(checks);
  });

  it('reads a bare atlas:nolint as every mapped check, squawk-ignore-file as the whole file', () => {
    expect(foreignDirective('-- atlas:nolint')?.checks).toEqual(expect.arrayContaining(['destructive-drop', 'up-fails-on-data', 'table-rewrite']));
    expect(foreignDirective('-- squawk-ignore-file')?.reach).toBe('file');
    expect(foreignDirective('-- squawk-ignore ban-drop-column')?.reach).toBe('statement');
    expect(foreignDirective('-- a comment about atlas')).toBeUndefined();
  });

  const text = [
    '-- squawk-ignore ban-drop-table',
    '',
    'ALTER TABLE a DROP COLUMN x;', // 3: the squawk line above is not a file directive
    '-- atlas:nolint DS103',
    'ALTER TABLE a DROP COLUMN y;', // 5
    '-- atlas:nolint PG110',
    'ALTER TABLE a DROP COLUMN z;', // 7: another code silences nothing
    '-- squawk-ignore-file require-timeout-settings',
    'ALTER TABLE a ADD COLUMN n int NOT NULL;', // 9
  ].join('\n');
  const set = migrationSet(golangMigrate, { '000001_x.up.sql': text });
  const file = set.files[0].path;
  const finding = (check: string, line: number): Finding => ({ check, severity: 'warning', message: 'm', file, line });

  it('silences the statement that follows, the file for squawk-ignore-file, and counts them as ignored', () => {
    const { kept, ignored } = applyIgnoreComments(
      [
        finding('destructive-drop', 3),
        finding('destructive-drop', 5),
        finding('destructive-drop', 7),
        finding('missing-lock-timeout', 3),
        finding('up-fails-on-data', 9),
      ],
      set,
    );
    expect(ignored.map((f) => `${f.check}:${f.line}`)).toEqual(['destructive-drop:5', 'missing-lock-timeout:3']);
    expect(ignored[0].reason).toBe('atlas:nolint DS103');
    expect(kept.map((f) => `${f.check}:${f.line}`)).toEqual(['destructive-drop:3', 'destructive-drop:7', 'up-fails-on-data:9']);
  });

  it("takes Atlas's file header (a blank line after it) as the whole file", () => {
    const header = migrationSet(golangMigrate, { '000001_x.up.sql': '-- atlas:nolint destructive\n\nDROP TABLE a;\nDROP TABLE b;\n' });
    const f = header.files[0].path;
    const { ignored } = applyIgnoreComments(
      [3, 4].map((line) => ({ check: 'destructive-drop', severity: 'warning' as const, message: 'm', file: f, line })),
      header,
    );
    expect(ignored).toHaveLength(2);
  });

  it('reads one-line block comments too, right above the statement', () => {
    const block = migrationSet(golangMigrate, { '000001_x.up.sql': 'SELECT 1;\n/* atlas:nolint DS102 */\nDROP TABLE a;\n' });
    const f = block.files[0].path;
    const { ignored } = applyIgnoreComments([{ check: 'destructive-drop', severity: 'warning', message: 'm', file: f, line: 3 }], block);
    expect(ignored.map((x) => x.reason)).toEqual(['atlas:nolint DS102']);
  });
});
