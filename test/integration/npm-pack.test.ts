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
 * What `npm install migration-guard` gives a stranger: the packed tarball installed without devDependencies into an
 * empty project, its bin run on a fixture copied out of this repository. Needs the npm registry (about 35 s here with a
 * warm npm cache); MG_SKIP_PACK_TEST=1 skips it offline.
 */
describe.skipIf(process.env.MG_SKIP_PACK_TEST === '1')('the npm package', () => {
  it('installs with --omit=dev and its migration-guard bin checks a fixture', async () => {
    const packDir = mkdtempSync(path.join(os.tmpdir(), 'mg-pack-'));
    const { stdout: packed } = await run(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
    const tarball = path.join(packDir, packed.trim().split('\n').at(-1) ?? '');
    expect(existsSync(tarball)).toBe(true);

    const project = mkdtempSync(path.join(os.tmpdir(), 'mg-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await run(npm, ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, timeout: 150_000 });
    const installed = readdirSync(path.join(project, 'node_modules'));
    // devDependencies stay out: the action's @actions/* are bundled, the test and build tools are ours.
    for (const dev of ['@actions', 'vitest', 'typescript', '@vercel']) expect(installed).not.toContain(dev);

    const migrations = path.join(project, 'migrations');
    cpSync(path.join(FIXTURES, 'golang-migrate', 'gap'), migrations, { recursive: true });
    const bin = path.join(project, 'node_modules', '.bin', 'migration-guard');
    const version = await run(bin, ['--version'], { cwd: project });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const env = Object.fromEntries(['PATH', 'HOME', 'TMPDIR'].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
    // Exit code 0: the fixture's findings are warnings.
    const result = await run(bin, ['check', '--postgres', 'local', '--format', 'json'], { cwd: project, env, timeout: 60_000 });
    expect(result.stderr).toContain('[3/3] 000004_add_team_owner  up: ok');
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { check: string }) => f.check).sort()).toEqual([
      'missing-lock-timeout',
      'missing-lock-timeout',
      'sequence-gap',
      'validating-constraint',
    ]);
  }, 240_000);
});
