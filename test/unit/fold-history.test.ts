import { describe, expect, it } from 'vitest';
import { CHANGE_CHECKS, foldHistory, type ChangeScope } from '../../src/check-support/fold-history';
import { CHECK_IDS } from '../../src/checks/ids';
import type { Finding } from '../../src/findings';
import type { Logger } from '../../src/log';
import { changeOf, newestChange, scopeOf, timestampOf } from '../../src/pipeline/scope';
import { toSettings } from '../../src/settings/settings';
import { baseComparison, DIR, golangMigrate, migrationSet } from '../helpers/facts';

const quiet: Logger = { info: () => undefined, notice: () => undefined, warning: () => undefined, group: (_, fn) => fn() };

/** golang-migrate files (up and down) for each version. */
function directory(...versions: string[]) {
  return migrationSet(
    golangMigrate,
    Object.fromEntries(
      versions.flatMap((v) => [
        [`${v}_m.up.sql`, 'SELECT 1;\n'],
        [`${v}_m.down.sql`, 'SELECT 1;\n'],
      ]),
    ),
  );
}

const sorted = (versions: Iterable<bigint>) => [...versions].map(String).sort();

describe('the newest change, without a base or a target', () => {
  it('takes the newest timestamped migration and those within 24 hours before it', () => {
    const versions = [20240101090000n, 20240319141500n, 20240319141600n, 20240320090000n, 20240320141500n];
    expect(sorted(newestChange(versions))).toEqual(['20240319141500', '20240319141600', '20240320090000', '20240320141500']);
  });

  it('keeps a migration exactly 24 hours before the newest and leaves one a second earlier', () => {
    expect(sorted(newestChange([20240319141500n, 20240320141500n]))).toEqual(['20240319141500', '20240320141500']);
    expect(sorted(newestChange([20240319141459n, 20240320141500n]))).toEqual(['20240320141500']);
  });

  it('takes only the newest of sequential versions', () => {
    expect(sorted(newestChange([1n, 2n, 3n, 4n]))).toEqual(['4']);
    expect(sorted(newestChange([]))).toEqual([]);
  });

  it('reads YYYYMMDDhhmmss as a time and nothing else', () => {
    expect(timestampOf(20240315093000n)).toBe(Date.UTC(2024, 2, 15, 9, 30, 0));
    expect(timestampOf(20241315093000n)).toBeUndefined(); // month 13
    expect(timestampOf(1710495000n)).toBeUndefined(); // unix seconds: 10 digits
    expect(timestampOf(42n)).toBeUndefined();
  });
});

describe('the change the lock and data rules report on', () => {
  const set = directory('20240101090000', '20240320140000', '20240320141500');

  it('with a base: the migrations the change adds or edits', () => {
    const change = changeOf(set, new Set([20240101090000n]), ['20240320141500']);
    expect([sorted(change.versions), change.others]).toEqual([['20240101090000'], 'merged']);
  });

  it('with a target and no base: the pending migrations', () => {
    const change = changeOf(set, undefined, ['20240320141500']);
    expect([sorted(change.versions), change.others, change.what]).toEqual([['20240320141500'], 'applied', 'the pending migrations']);
  });

  it('with neither: the newest change', () => {
    const change = changeOf(set, undefined, undefined);
    expect([sorted(change.versions), change.others]).toEqual([['20240320140000', '20240320141500'], 'older']);
    expect(change.what).toBe('the newest change (20240320141500 and the 1 migration(s) within 24 hours before it)');
  });

  it('scope left unset folds, and what the change creates is new; scope: all set lists everything and guesses no change', () => {
    const unset = scopeOf(
      toSettings({}, '/', (r) => r.input),
      set,
      undefined,
      undefined,
      quiet,
    );
    expect(sorted(unset.change!.versions)).toEqual(['20240320140000', '20240320141500']);
    expect(sorted(unset.added!)).toEqual(['20240320140000', '20240320141500']);
    const all = scopeOf(
      toSettings({ scope: 'all' }, '/', (r) => r.input),
      set,
      undefined,
      undefined,
      quiet,
    );
    expect([all.change, all.added]).toEqual([undefined, undefined]);
  });

  it("with a base, what is new is what the change adds, and the change is the base's", () => {
    const base = baseComparison(golangMigrate, { '20240101090000_m.up.sql': 'SELECT 1;\n', '20240101090000_m.down.sql': 'SELECT 1;\n' });
    const scope = scopeOf(
      toSettings({}, '/', (r) => r.input),
      set,
      base,
      undefined,
      quiet,
    );
    expect(sorted(scope.change!.versions)).toEqual(['20240320140000', '20240320141500']);
    expect(sorted(scope.added!)).toEqual(['20240320140000', '20240320141500']);
    expect(scope.change!.others).toBe('merged');
  });
});

describe('history folded', () => {
  const change: ChangeScope = { versions: new Set([3n]), what: 'the newest migration (000003)', others: 'older' };
  const at = (check: string, version: string, severity: Finding['severity'] = 'warning', line = 2): Finding => ({
    check,
    severity,
    message: `${check} in ${version}`,
    file: `${DIR}/${version}_m.up.sql`,
    line,
    version,
  });

  it('folds the lock and data findings of older migrations into one notice per check, and keeps them in `folded`', () => {
    const findings = [
      at('missing-lock-timeout', '000001'),
      at('missing-lock-timeout', '000002', 'warning', 7),
      at('missing-lock-timeout', '000002', 'warning', 9),
      at('up-fails-on-data', '000001', 'error'),
      at('missing-lock-timeout', '000003'),
      at('down-incomplete', '000001', 'error'),
    ];
    const { findings: listed, folded } = foldHistory(findings, change);
    expect(folded).toHaveLength(4);
    expect(listed.map((f) => `${f.check} ${f.severity} ${f.version ?? '-'}`).sort()).toEqual([
      'down-incomplete error 000001',
      'missing-lock-timeout notice -',
      'missing-lock-timeout warning 000003',
      'up-fails-on-data notice -',
    ]);
    const notice = listed.find((f) => f.check === 'missing-lock-timeout' && f.severity === 'notice')!;
    expect(notice.message).toBe('3 findings (3 warnings) on 2 older migrations; `--scope all` lists them');
    expect([notice.file, notice.line]).toEqual([`${DIR}/000002_m.up.sql`, 7]);
    expect(listed.find((f) => f.check === 'up-fails-on-data')!.message).toBe('1 finding (1 error) on 1 older migration; `--scope all` lists them');
  });

  it('lists everything without a change (scope: all set)', () => {
    const findings = [at('missing-lock-timeout', '000001'), at('table-rewrite', '000002')];
    expect(foldHistory(findings, undefined)).toEqual({ findings, folded: [] });
  });

  it('folds only real check ids, the lock and data rules', () => {
    expect([...CHANGE_CHECKS].filter((id) => !CHECK_IDS.includes(id))).toEqual([]);
    expect(CHANGE_CHECKS.size).toBe(14);
  });
});
