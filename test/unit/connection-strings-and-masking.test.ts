import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnection } from '../../src/connection';
import { settingsFromArgs } from '../../src/settings/command-line';
import { maskText, maskValues } from '../../src/report/mask';
import { jsonReportText, sarifText } from '../../src/report/machine-readable';
import type { JsonReport } from '../../src/report/json';
import type { Outcome } from '../../src/outcome';
import { golangMigrate, migrationSet } from '../helpers/facts';
import { cut, logLine, markdownText } from '../../src/report/escape';
import { annotationCommand } from '../../src/report/workflow-commands';
import { lineIndex, lineOfOffset, splitStatements } from '../../src/sql/text';

const SECRET = "p@ss w'o\\rd";

describe('connection strings: every form libpq accepts, the password found once', () => {
  it('reads key=value with quoting and escapes', () => {
    const c = parseConnection("host=db.internal port=6543 dbname='my db' user=ro password='p@ss w\\'o\\\\rd' sslmode=disable", '--database-url', {});
    expect(c.config).toMatchObject({ host: 'db.internal', port: 6543, database: 'my db', user: 'ro', password: SECRET, ssl: false });
    expect(c.password).toBe(SECRET);
    expect(c.shown).not.toContain('p@ss');
  });

  it('reads an unquoted value with backslash escapes', () => {
    expect(parseConnection('host=h password=a\\ b', 'x', {}).password).toBe('a b');
  });

  it('reads a URL', () => {
    const c = parseConnection('postgres://app:s%3Acret@db:5432/app?sslmode=disable', '--database-url', {});
    expect(c.password).toBe('s:cret');
    expect(c.shown).toBe('postgres://app:***@db:5432/app');
  });

  it('takes what the string leaves out from PG* variables, PGPASSWORD included', () => {
    const c = parseConnection('host=db', 'x', { PGPASSWORD: 'from-env', PGUSER: 'u', PGPORT: '5433' });
    expect(c).toMatchObject({ password: 'from-env', config: { user: 'u', port: 5433 } });
  });

  it('finds the password in a .pgpass entry (PGPASSFILE), with escapes and wildcards', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-pgpass-'));
    const file = path.join(dir, 'pgpass');
    writeFileSync(file, '# comment\nother:*:*:*:nope\ndb:*:*:ro:pa\\:ss\\\\word\n');
    chmodSync(file, 0o600);
    expect(parseConnection('host=db user=ro', 'x', { PGPASSFILE: file }).password).toBe('pa:ss\\word');
    chmodSync(file, 0o644); // libpq ignores a file others can read
    expect(parseConnection('host=db user=ro', 'x', { PGPASSFILE: file, HOME: dir }).password).toBeUndefined();
  });

  it('never repeats the string in an error, even when part of the password looks like a key', () => {
    for (const bad of ['host=h password=a b', 'host=h hunter2', "host=h password='secretpart"]) {
      expect(() => parseConnection(bad, '--database-url', {})).toThrow(/--database-url/);
      try {
        parseConnection(bad, '--database-url', {});
      } catch (error) {
        expect((error as Error).message).not.toMatch(/hunter2|secretpart| b\b/);
      }
    }
  });

  it('validates sslmode and gives require the meaning libpq gives it: encrypt, do not verify', () => {
    expect(() => parseConnection('host=h sslmode=requir', '--database-url', {})).toThrow(
      /sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full, got 'requir'/,
    );
    const c = parseConnection('postgres://u@h/d?sslmode=require', '--database-url', {});
    expect(c.config.ssl).toEqual({ rejectUnauthorized: false });
    expect(c.notes).toEqual([expect.stringMatching(/sslmode=require encrypts the connection but does not verify/)]);
    expect(parseConnection('host=h sslmode=verify-full', 'x', {}).config.ssl).toEqual({ rejectUnauthorized: true });
    expect(parseConnection('host=h', 'x', {}).config.ssl).toBe(false);
  });

  it('gives every connection a connect timeout', () => {
    expect(parseConnection('host=h', 'x', {}).config.connectionTimeoutMillis).toBe(15_000);
    expect(parseConnection('host=h connect_timeout=3', 'x', {}).config.connectionTimeoutMillis).toBe(3_000);
  });

  it('registers the password of a key=value --database-url as a secret in the settings', () => {
    const command = settingsFromArgs([
      'check',
      '--database-url',
      'host=h user=ro password=kv-secret',
      '--target-database-url',
      'postgres://a:url-secret@h/d',
    ]);
    expect(command?.settings.secrets).toEqual(expect.arrayContaining(['kv-secret', 'url-secret']));
  });
});

interface Sarif {
  tool: object;
  results: { ruleId: string; level: string; message: { text: string } }[];
  invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
}

describe('masking works on values and never changes the structure', () => {
  it('a password "postgres" leaves the JSON key postgres alone', () => {
    const report = maskValues({ postgres: { server: 'postgres://postgres:***@h/postgres' }, error: 'password postgres rejected' }, ['postgres']);
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toHaveProperty('postgres');
    expect(report.error).toBe('password *** rejected');
  });

  it('a password `"` keeps JSON parseable', () => {
    const json = JSON.stringify(maskValues({ message: 'syntax error at or near "x"', nested: [{ hint: '"' }] }, ['"']));
    expect(JSON.parse(json)).toEqual({ message: 'syntax error at or near ***x***', nested: [{ hint: '***' }] });
  });

  it('a one-letter password masks messages and hints, never check ids, levels, severities or URLs (JSON and SARIF)', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': 'SELECT 1;\n' });
    const finding = {
      check: 'up-failed',
      severity: 'error' as const,
      message: 'password e rejected',
      hint: 'see the docs',
      file: set.files[0].path,
      line: 1,
    };
    const outcome: Outcome = {
      set,
      findings: [finding],
      failing: [finding],
      verdict: 'failed',
      exitCode: 1,
      infrastructureError: 'server e said no',
    };
    for (const secret of ['e', 'p', ':']) {
      const json = JSON.parse(jsonReportText(outcome, '/repo', [secret])) as JsonReport;
      expect(json.findings[0]).toMatchObject({ check: 'up-failed', severity: 'error', file: 'db/migrations/000001_a.up.sql' });
      expect(json.findings[0].message).toBe(maskText('password e rejected', [secret]));
      expect(json.error).toBe(maskText('server e said no', [secret]));
      const sarif = JSON.parse(sarifText(outcome, '/repo', [secret])) as { $schema: string; runs: Sarif[] };
      expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
      const [result] = sarif.runs[0].results;
      expect(result).toMatchObject({ ruleId: 'up-failed', level: 'error' });
      expect(result.message.text).toBe(maskText('password e rejected\nsee the docs', [secret]));
      expect(result.message.text).not.toContain(secret === 'e' ? ' e ' : secret);
      expect(JSON.stringify(sarif.runs[0].tool)).not.toContain('***');
      expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(maskText('server e said no', [secret]));
    }
  });

  it('masks the whole connection string before its password', () => {
    expect(maskText('could not use host=h password=pw', ['pw', 'host=h password=pw'])).toBe('could not use ***');
  });
});

describe('outputs cannot be injected', () => {
  const hostile = '000001_x\n::error::owned.up.sql';
  it('a newline in a file name cannot start a workflow command', () => {
    const line = annotationCommand({ check: 'up-failed', severity: 'error', message: 'boom\n::error::injected', file: `/repo/${hostile}` }, '/repo');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('%0A::error::injected');
    expect(line).toMatch(/^::error file=000001_x%0A%3A%3Aerror%3A%3Aowned\.up\.sql,/);
  });

  it('a progress or log line stays one line and never begins with ::', () => {
    expect(logLine(hostile)).toBe('000001_x\\n::error::owned.up.sql');
    expect(logLine('::warning::x')).toMatch(/^\u200B::warning::x$/);
    expect(logLine('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
  });

  it('Markdown: HTML, mentions, the sticky marker and table pipes stay text', () => {
    const md = markdownText('<script>alert(1)</script> @org/team <!-- migration-guard: migrations --> a|b `x` [l](javascript:1)');
    expect(md).not.toMatch(/<script|<!--|@org|[^\\]\||[^\\]`/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('@\u200Dorg/team');
  });

  it('cuts a single line at a sane length', () => {
    expect(cut('x'.repeat(5000))).toHaveLength(1000);
    expect(markdownText('y'.repeat(100_000)).length).toBeLessThan(1100);
  });
});

describe('runs always end: line numbers in one pass', () => {
  it('splits a 5 MB file of single-line inserts in linear time, lines right', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `INSERT INTO t VALUES (${i}, 'value number ${i} padding');`);
    const text = lines.join('\n');
    const statements = splitStatements(text); // the quadratic scan took minutes: the test's timeout is the bound
    expect(statements).toHaveLength(100_000);
    expect(statements[99_999].line).toBe(100_000);
    const lineOf = lineIndex(text);
    expect([0, 60, text.length - 1].map(lineOf)).toEqual([0, 60, text.length - 1].map((o) => lineOfOffset(text, o)));
  }, 30_000);
});

describe('durations', () => {
  it('refuses negative and overflowing timeouts before the run starts', () => {
    expect(() => settingsFromArgs(['check', '--lock-timeout=-5s'])).toThrow(/--lock-timeout cannot be negative/);
    expect(() => settingsFromArgs(['check', '--lock-timeout', '2147483648'])).toThrow(/--lock-timeout is too long: at most 2147483647 ms/);
    expect(() => settingsFromArgs(['check', '--statement-timeout', '999999h'])).toThrow(/--statement-timeout is too long/);
    expect(settingsFromArgs(['check', '--lock-timeout', '2147483647'])?.settings.lockTimeoutMs).toBe(2_147_483_647);
  });
});
