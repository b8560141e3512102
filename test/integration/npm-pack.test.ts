import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/processes';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * What `npm install migration-guard` gives a stranger: the packed tarball installed into an empty project, and
 * `npx migration-guard check` run there on a fixture copied out of this repository. Everything the CLI runs is in its
 * bundle and Docker support is an optional peer, so the package has no dependency to fetch: npm installs it --offline.
 */
describe('the npm package', () => {
  it('installs offline with nothing beside it and `npx migration-guard check` checks a fixture', async () => {
    const packDir = mkdtempSync(path.join(os.tmpdir(), 'mg-pack-'));
    const { stdout: packed } = await run(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
    const tarball = path.join(packDir, packed.trim().split('\n').at(-1) ?? '');
    expect(existsSync(tarball)).toBe(true);

    const project = mkdtempSync(path.join(os.tmpdir(), 'mg-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, timeout: 150_000 });
    // Only the package (and npm's .bin and lockfile): pg, libpg-query and picocolors are bundled, testcontainers optional.
    expect(readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['migration-guard']);

    const migrations = path.join(project, 'migrations');
    cpSync(path.join(FIXTURES, 'golang-migrate', 'gap'), migrations, { recursive: true });
    const env = Object.fromEntries(['PATH', 'HOME', 'TMPDIR'].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
    // --no: the installed bin or nothing, never a download.
    const npx = (args: string[]) =>
      run(npm === 'npm' ? 'npx' : 'npx.cmd', ['--no', 'migration-guard', ...args], { cwd: project, env, timeout: 60_000 });
    const version = await npx(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // Exit code 0: the fixture's findings are warnings.
    const result = await npx(['check', '--postgres', 'local', '--format', 'json']);
    expect(result.stderr).toContain('[3/3] 000004_add_team_owner  up: ok');
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { check: string }) => f.check).sort()).toEqual([
      'missing-lock-timeout',
      'missing-lock-timeout',
      'sequence-gap',
      'validating-constraint',
    ]);
  }, 240_000);

  it('says what to install for the docker provider, which needs the optional testcontainers peer', async () => {
    const packDir = mkdtempSync(path.join(os.tmpdir(), 'mg-pack-'));
    const { stdout: packed } = await run(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
    const project = mkdtempSync(path.join(os.tmpdir(), 'mg-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await run(
      npm,
      ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', path.join(packDir, packed.trim().split('\n').at(-1) ?? '')],
      {
        cwd: project,
      },
    );
    cpSync(path.join(FIXTURES, 'golang-migrate', 'gap'), path.join(project, 'migrations'), { recursive: true });
    const bin = path.join(project, 'node_modules', 'migration-guard', 'dist', 'cli', 'index.js');
    const result = await run(process.execPath, [bin, 'check', '--postgres', 'docker'], { cwd: project }).then(
      () => ({ code: 0, stderr: '' }),
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the docker provider needs testcontainers, an optional peer dependency: npm install testcontainers@');
  }, 240_000);
});
