import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings';
import { undoStatement } from '../../src/fixes/down-statements';
import { planFixes } from '../../src/fixes/plan';
import { nameParts } from '../../src/fixes/sql-names';
import { rightSideRanges } from '../../src/github/review-suggestions';
import { suggestionBody, suggestionsOf } from '../../src/github/suggestions';
import { unifiedDiff } from '../../src/report/unified-diff';
import { added, changed, removed } from '../helpers/facts';

const fixed = (check: string, files: Record<string, string>): Finding => ({
  check,
  severity: 'error',
  message: 'm',
  version: '000002',
  fix: { verified: true, summary: 's', files: Object.entries(files).map(([path, content]) => ({ path, content })) },
});

describe('the statements a down is missing', () => {
  it('drops what the up created and sets back what it changed, with names as the catalog quotes them', () => {
    const rows = [
      added('table', 'public.orders'),
      added('column', 'public.orders."Weird.Name"'),
      added('constraint', '"my schema".t.t_check'),
      added('trigger', 'public.t.audit'),
      added('function', 'public.f(a integer, b text)'),
      added('enum', 'public.mood'),
      changed('column', 'public.t.c', 'not null', 'false', 'true'),
      changed('column', 'public.t.c', 'default', undefined, "'x'::text"),
      changed('column', 'public.t.c', 'type', 'integer', 'bigint'),
      removed('table', 'public.gone'),
      added('comment', 'table public.t'),
    ];
    expect(rows.map(undoStatement)).toEqual([
      'DROP TABLE IF EXISTS public.orders;',
      'ALTER TABLE public.orders DROP COLUMN IF EXISTS "Weird.Name";',
      'ALTER TABLE "my schema".t DROP CONSTRAINT IF EXISTS t_check;',
      'DROP TRIGGER IF EXISTS audit ON public.t;',
      'DROP FUNCTION IF EXISTS public.f(a integer, b text);',
      'DROP TYPE IF EXISTS public.mood;',
      'ALTER TABLE public.t ALTER COLUMN c DROP NOT NULL;',
      'ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT;',
      'ALTER TABLE public.t ALTER COLUMN c TYPE integer USING c::integer;',
      undefined,
      undefined,
    ]);
    expect(nameParts('"a.b"."c""d".e(x a.b)')).toEqual(['"a.b"', '"c""d"', 'e(x a.b)']);
  });
});

describe('migration-guard fix', () => {
  it('applies a fix once when two findings of one cause carry it, and defers a second fix of the same file', () => {
    const findings = [
      fixed('down-incomplete', { '/m/2.down.sql': 'A' }),
      fixed('reup-mismatch', { '/m/2.down.sql': 'A' }),
      fixed('missing-lock-timeout', { '/m/2.down.sql': 'B' }),
      fixed('blocking-index-build', { '/m/3.up.sql': 'C' }),
      fixed('blocking-index-build', { '/m/3b.up.sql': 'D' }),
    ];
    const plan = planFixes(findings, (p) => (p.includes('/3') ? undefined : 'old'));
    expect(plan.apply.map((p) => p.finding.check)).toEqual(['down-incomplete', 'blocking-index-build']);
    expect(plan.apply[0].changes).toEqual([{ path: '/m/2.down.sql', before: 'old', after: 'A' }]);
    expect(plan.deferred.map((f) => f.check)).toEqual(['missing-lock-timeout', 'blocking-index-build']);
  });

  it('prints a unified diff git can read', () => {
    expect(unifiedDiff('m/a.sql', 'one\ntwo\n', 'one\ntwo\nthree\n')).toBe('--- a/m/a.sql\n+++ b/m/a.sql\n@@ -1,2 +1,3 @@\n one\n two\n+three\n');
    expect(unifiedDiff('m/b.sql', undefined, 'x\n')).toBe('--- /dev/null\n+++ b/m/b.sql\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff('m/c.sql', 'same\n', 'same\n')).toBe('');
  });
});

describe('review suggestions', () => {
  const read = (texts: Record<string, string>) => (p: string) => texts[p];
  it('replace the changed block, or repeat a neighbouring line when the fix only adds lines', () => {
    const findings = [
      fixed('down-incomplete', { '/r/m/2.down.sql': 'keep\nDROP x;\nDROP y;\n' }),
      fixed('reup-mismatch', { '/r/m/2.down.sql': 'keep\nDROP x;\nDROP y;\n' }),
      fixed('missing-lock-timeout', { '/r/m/2.up.sql': "SET LOCAL lock_timeout = '5s';\nALTER a;\nALTER b;\n" }),
      fixed('validating-constraint', { '/r/m/3.up.sql': 'one\nTWO\nthree\n' }),
      // Creates a migration: not committable in one click, no suggestion.
      fixed('blocking-index-build', { '/r/m/3.up.sql': 'one\nthree\n', '/r/m/4.up.sql': 'created\n' }),
    ];
    const texts = { '/r/m/2.down.sql': 'keep\n', '/r/m/2.up.sql': 'ALTER a;\nALTER b;\n', '/r/m/3.up.sql': 'one\ntwo\nthree\n' };
    const got = suggestionsOf(findings, (p) => p.slice(3), read(texts));
    expect(got.map(({ key, startLine, line, lines }) => ({ key, startLine, line, lines }))).toEqual([
      { key: 'down-incomplete:000002:m/2.down.sql', startLine: 1, line: 1, lines: ['keep', 'DROP x;', 'DROP y;'] },
      { key: 'missing-lock-timeout:000002:m/2.up.sql', startLine: 1, line: 1, lines: ["SET LOCAL lock_timeout = '5s';", 'ALTER a;'] },
      { key: 'validating-constraint:000002:m/3.up.sql', startLine: 2, line: 2, lines: ['TWO'] },
    ]);
    expect(suggestionBody('<!-- k -->', { ...got[2], check: 'blocking-index-build', lines: ['a ``` b'] })).toBe(
      '<!-- k -->\n**migration-guard** · `blocking-index-build` · verified fix: s\n\n````suggestion\na ``` b\n````',
    );
  });

  it('go only on lines a hunk of the pull request shows', () => {
    expect(rightSideRanges('@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -10 +11 @@\n-x\n+y\n@@ -20,3 +22,0 @@\n')).toEqual([
      [1, 3],
      [11, 11],
    ]);
  });
});
