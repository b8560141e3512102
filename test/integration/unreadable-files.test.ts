import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrationSet } from '../../src/formats';
import { runCli } from '../helpers/processes';

/**
 * Files the tool would read but that cannot be read (issue 18, point 6). The tests run as root, which reads any
 * permission bits, so unreadable means a FIFO (reading it would wait forever for a writer) or a symlink loop.
 */
interface JsonFinding {
  check: string;
  severity: string;
  file?: string;
  message: string;
  hint?: string;
}

const table = (n: number) => ({ [`00${n}_t${n}.up.sql`]: `CREATE TABLE t${n} (id int);\n`, [`00${n}_t${n}.down.sql`]: `DROP TABLE t${n};\n` });

function repoWith(files: Record<string, string>): { repo: string; dir: string } {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'mg-unreadable-'));
  const dir = path.join(repo, 'migrations');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { repo, dir };
}

describe('a migration file that cannot be read', () => {
  it('is refused by its type before it is opened: a FIFO never hangs the read', async () => {
    const { dir } = repoWith({ ...table(1), '002_pipe.down.sql': 'DROP TABLE p;\n' });
    execFileSync('mkfifo', [path.join(dir, '002_pipe.up.sql')]);
    const set = await loadMigrationSet(dir, { tool: 'golang-migrate' }); // would wait for a writer forever if the FIFO were opened blocking
    expect(set.refused).toEqual([
      {
        path: path.join(dir, '002_pipe.up.sql'),
        name: '002_pipe.up.sql',
        reason: 'it is a FIFO (named pipe), not a regular file, so reading it could block or never end; golang-migrate would hang or fail on it',
        hint: 'Migrations should be regular files. Replace it with the SQL file it stands for, or move it out of the migrations directory.',
      },
    ]);
    // The version whose file could not be read is kept (its number still counts) but marked: it is not run half.
    expect(set.migrations.map((m) => [m.versionText, m.unreadable])).toEqual([
      ['001', undefined],
      ['002', '002_pipe.up.sql'],
    ]);
  }, 20_000);

  it('gives one finding with the right hint and no false missing-up, and the run goes on', async () => {
    const { repo, dir } = repoWith({ ...table(1), '002_pipe.down.sql': 'DROP TABLE p;\n', ...table(3) });
    execFileSync('mkfifo', [path.join(dir, '002_pipe.up.sql')]);
    const result = await runCli(['check', 'migrations', '--postgres', 'local', '--format', 'json'], { cwd: repo });
    const report = JSON.parse(result.stdout) as {
      findings: JsonFinding[];
      results: { version: string; steps: Record<string, { status: string }> }[];
    };
    expect(report.findings.map((f) => f.check)).toEqual(['unreadable-file']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      file: expect.stringContaining('002_pipe.up.sql'),
      message: expect.stringContaining('002_pipe.up.sql is not checked: it is a FIFO (named pipe), not a regular file'),
      hint: expect.stringContaining('Migrations should be regular files'),
    });
    expect(report.results.map((r) => `${r.version} ${r.steps.up.status}/${r.steps.down.status}/${r.steps.reup.status}`)).toEqual([
      '001 ok/ok/ok',
      '002 skipped/skipped/skipped',
      '003 ok/ok/ok',
    ]);
    expect(result.code).toBe(1);
  }, 60_000);

  it('calls a symlink loop a loop, not a broken link', async () => {
    const { dir } = repoWith({ ...table(1) });
    symlinkSync('002_self.up.sql', path.join(dir, '002_self.up.sql'));
    symlinkSync('003_b.up.sql', path.join(dir, '003_a.up.sql'));
    symlinkSync('003_a.up.sql', path.join(dir, '003_b.up.sql'));
    const set = await loadMigrationSet(dir, { tool: 'golang-migrate' });
    expect(set.refused.map((f) => `${f.name}: ${f.reason}`)).toEqual([
      '002_self.up.sql: it is a symbolic link loop (ELOOP: following it leads back to a link already followed, never to a file)',
      '003_a.up.sql: it is a symbolic link loop (ELOOP: following it leads back to a link already followed, never to a file)',
      '003_b.up.sql: it is a symbolic link loop (ELOOP: following it leads back to a link already followed, never to a file)',
    ]);
    expect(set.refused[0].hint).toContain('Replace the link with the file itself');
  }, 20_000);

  it('is reported only when the tool would read it (an unreadable notes.sql is none of its business)', async () => {
    const { dir } = repoWith({ ...table(1) });
    execFileSync('mkfifo', [path.join(dir, 'notes.sql')]);
    const set = await loadMigrationSet(dir, { tool: 'golang-migrate' });
    expect(set.refused).toEqual([]);
    expect(set.migrations).toHaveLength(1);
  }, 20_000);
});
