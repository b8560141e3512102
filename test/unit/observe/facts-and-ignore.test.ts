import { beforeAll, describe, expect, it } from 'vitest';
import { applyIgnoreComments, readDirectives } from '../../../src/check-support/ignore-comments';
import { withSeverities } from '../../../src/check-support/configured-severities';
import { withTableSizes } from '../../../src/check-support/production-sizes';
import { describeSize } from '../../../src/deployed/table-sizes';
import { statementFacts } from '../../../src/engine/observe/facts';
import { predictedLocks } from '../../../src/engine/observe/predicted';
import { loadParser, parseStatements } from '../../../src/sql/pg-parser';
import { ConfigFileError, parseConfig } from '../../../src/settings/config-file';
import type { Finding } from '../../../src/findings';
import { golangMigrate, migrationSet } from '../../helpers/facts';

const factsOf = (sql: string) => {
  const parsed = parseStatements(sql);
  if (!parsed?.ok) throw new Error('the parser did not load');
  return statementFacts(parsed.statements[0].node, sql);
};

describe('statement facts from the parse tree', () => {
  beforeAll(async () => expect(await loadParser()).toBe(true));

  it.each([
    ['ALTER TABLE t ALTER COLUMN a TYPE bigint', 'type change of column a to int8'],
    ['ALTER TABLE t ADD COLUMN id uuid DEFAULT gen_random_uuid()', 'volatile default gen_random_uuid() on column id (evaluated for every row)'],
    ['ALTER TABLE t ADD COLUMN n bigserial', 'bigserial column n (its sequence fills every row)'],
    ['ALTER TABLE t ADD COLUMN n int GENERATED ALWAYS AS IDENTITY', 'identity column n (every row gets a value)'],
    ['ALTER TABLE t ADD COLUMN n int GENERATED ALWAYS AS (1) STORED', 'stored generated column n (computed for every row)'],
    ['ALTER TABLE t SET LOGGED', 'SET LOGGED'],
  ])('names the rewrite cause of %s', (sql, cause) => {
    expect(factsOf(sql).commands?.[0].rewriteCause).toBe(cause);
  });

  it('keeps a stable default out of the rewrite causes', () => {
    expect(factsOf('ALTER TABLE t ADD COLUMN at timestamptz DEFAULT now()').commands?.[0].rewriteCause).toBeUndefined();
  });

  it('reads NOT VALID, USING INDEX, every-row DML, lock_timeout and foreign keys', () => {
    expect(factsOf('ALTER TABLE o ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES p (id) NOT VALID').commands?.[0]).toMatchObject({
      constraint: 'foreign key',
      notValid: true,
    });
    expect(factsOf('ALTER TABLE o ADD CONSTRAINT u UNIQUE USING INDEX i').commands?.[0]).toMatchObject({ constraint: 'unique', usingIndex: true });
    expect(factsOf('UPDATE o SET a = 1').everyRow).toBe(true);
    expect(factsOf('DELETE FROM o WHERE a = 1').everyRow).toBe(false);
    expect(factsOf("SET LOCAL lock_timeout = '5s'").setsLockTimeout).toBe(true);
    expect(factsOf('SET lock_timeout = 0').setsLockTimeout).toBe(false);
    expect(factsOf("SELECT set_config('lock_timeout', '2s', true)").setsLockTimeout).toBe(true);
    expect(factsOf('CREATE TABLE c (id int, p int REFERENCES s.p (id))').foreignKeys).toEqual([
      { child: { name: '"c"', existing: false }, parent: { name: '"s"."p"', existing: false }, notValid: false },
    ]);
  });

  it('predicts the locks of statements that cannot be observed', () => {
    expect(predictedLocks(factsOf('CREATE INDEX i ON t (a)')).map((l) => l.mode)).toEqual(['ShareLock']);
    expect(predictedLocks(factsOf('CREATE INDEX CONCURRENTLY i ON t (a)'))).toEqual([]);
    expect(predictedLocks(factsOf('ALTER TABLE t VALIDATE CONSTRAINT c')).map((l) => l.mode)).toEqual(['ShareUpdateExclusiveLock']);
    expect(predictedLocks(factsOf('ALTER TABLE t ADD COLUMN a int')).map((l) => l.mode)).toEqual(['AccessExclusiveLock']);
  });
});

describe('ignore comments', () => {
  const text = [
    '-- migration-guard:ignore missing-lock-timeout the file runs in a maintenance window',
    '',
    'ALTER TABLE a ADD COLUMN x int;',
    '-- migration-guard:ignore destructive-drop, breaking-rename nobody reads b',
    'DROP TABLE b;',
    'ALTER TABLE c RENAME TO d; -- migration-guard:ignore breaking-rename',
    'DROP TABLE e;',
  ].join('\n');
  const set = migrationSet(golangMigrate, { '000001_x.up.sql': text });
  const file = set.files[0].path;
  const finding = (check: string, line?: number): Finding => ({ check, severity: 'warning', message: 'm', file, line });

  it("reads the leading block as whole-file, comments above a statement and on its line as that statement's", () => {
    const d = readDirectives(text);
    expect(d.wholeFile).toEqual([
      {
        checks: ['missing-lock-timeout'],
        reason: 'the file runs in a maintenance window',
        line: 1,
        comment: '-- migration-guard:ignore missing-lock-timeout the file runs in a maintenance window',
      },
    ]);
    expect(d.statements.map((s) => s.directives.flatMap((x) => x.checks))).toEqual([
      [],
      ['destructive-drop', 'breaking-rename'],
      ['breaking-rename'],
      [],
    ]);
  });

  it('silences exactly the named checks on the named statements, and counts them', () => {
    const { kept, ignored } = applyIgnoreComments(
      [
        finding('missing-lock-timeout', 7),
        finding('destructive-drop', 5),
        finding('destructive-drop', 7),
        finding('breaking-rename', 6),
        finding('up-failed', 3),
      ],
      set,
    );
    expect(ignored.map((f) => `${f.check}:${f.line}`)).toEqual(['missing-lock-timeout:7', 'destructive-drop:5', 'breaking-rename:6']);
    expect(ignored[1].reason).toBe('nobody reads b');
    // The summary names the comment that silenced each one, for an audit.
    expect(ignored.map((f) => f.by?.line)).toEqual([1, 4, 6]);
    expect(ignored[2].by?.comment).toBe('-- migration-guard:ignore breaking-rename');
    expect(kept.map((f) => `${f.check}:${f.line}`)).toEqual(['destructive-drop:7', 'up-failed:3']);
  });

  it('attaches a comment block that touches the first statement to that statement only', () => {
    const d = readDirectives('-- migration-guard:ignore destructive-drop\nDROP TABLE a;\nDROP TABLE b;\n');
    expect(d.wholeFile).toEqual([]);
    expect(d.statements[0].directives).toHaveLength(1);
  });
});

describe('.migration-guard.yml', () => {
  it('reads inputs, lists and per-check severities', () => {
    const config = parseConfig(
      'fail-on: warning\ndisable: [sequence-gap]\nlarge-table-rows: 5000\nchecks:\n  table-rewrite: error\n  missing-lock-timeout: off\n',
      '/r/.migration-guard.yml',
    );
    expect(config.values).toEqual({ 'fail-on': 'warning', disable: 'sequence-gap', 'large-table-rows': '5000' });
    expect([...config.severities]).toEqual([['table-rewrite', 'error']]);
    expect(config.disabled).toEqual(['missing-lock-timeout']);
  });

  it.each([
    ['fail-on: warning\nfial-on: error\n', /\.migration-guard\.yml:2: unknown key 'fial-on'/],
    ['checks:\n  table-rewrite: error\n  no-such-check: off\n', /\.migration-guard\.yml:3: unknown check 'no-such-check'/],
    ['checks:\n  table-rewrite: fatal\n', /\.migration-guard\.yml:2: the severity of table-rewrite must be one of error, warning, notice, off/],
    ['target-database-url: postgres://u:p@h/db\n', /\.migration-guard\.yml:1: target-database-url holds a password/],
    ['fail-on: [\n', /\.migration-guard\.yml:\d+: not valid YAML/],
  ])('refuses %j naming the file and line', (text, message) => {
    expect(() => parseConfig(text, '/r/.migration-guard.yml')).toThrow(ConfigFileError);
    expect(() => parseConfig(text, '/r/.migration-guard.yml')).toThrow(message);
  });
});

describe('severities and production sizes', () => {
  const f: Finding = { check: 'table-rewrite', severity: 'warning', message: 'rewrites existing table orders', relations: ['public.orders'] };
  it('applies configured severities', () => {
    expect(withSeverities([f], new Map([['table-rewrite', 'notice']]))[0].severity).toBe('notice');
  });
  it('shows the size and raises to an error above large-table-rows', () => {
    const sizes = new Map([['public.orders', { rows: 48_000_000, bytes: 21 * 1024 ** 3 }]]);
    const [raised] = withTableSizes([f], sizes, 1_000_000);
    expect(raised.message).toBe('rewrites existing table orders [production: orders: ~48 M rows, 21 GB]');
    expect(raised.severity).toBe('error');
    expect(withTableSizes([f], sizes, 100_000_000)[0].severity).toBe('warning');
    expect(describeSize('app.t', { bytes: 8192 })).toBe('app.t: rows unknown (never analyzed), 8 kB');
  });
});
