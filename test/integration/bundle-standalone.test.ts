import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runProcess } from '../helpers/processes';

/**
 * The bundle as a user gets it: dist/ alone, in a directory with no
 * node_modules above it. The fixture's down re-creates a CHECK and an index
 * with other parentheses, which only the parser (its .wasm next to the bundle)
 * sees as unchanged; without the .wasm the run falls back to text and says so.
 * Our own SQL (the catalog snapshot, the observation and seeding functions) is
 * read from sql/ beside the bundle: without it a run cannot read a catalog.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'mg-bundle-'));
afterAll(() => {
  if (!process.env.MG_KEEP_TMP) rmSync(work, { recursive: true, force: true });
});

function copyBundle(name: string): string {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(FIXTURES, 'golang-migrate', 'down-reformatted'), path.join(dir, 'migrations'), { recursive: true });
  return dir;
}

describe('the bundled CLI, copied where there is no node_modules', () => {
  it('compares expressions through the parser whose .wasm sits next to the bundle', async () => {
    const dir = copyBundle('with-wasm');
    expect(existsSync(path.join(dir, 'dist', 'cli', 'libpg-query.wasm'))).toBe(true);
    const result = await runProcess(path.join(dir, 'dist', 'cli', 'index.js'), ['check', 'migrations', '--postgres', 'local'], { cwd: dir });
    expect(result.stderr).not.toContain('SQL parser could not be loaded');
    expect(result.stdout).not.toContain('down-incomplete');
    expect(result.stdout).toMatch(/passed: 0 error\(s\)/);
    expect(result.code).toBe(0);
  });

  it('reads its SQL files from sql/ beside each bundle, the same files as under src/', () => {
    const sqlUnder = (dir: string) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.sql'))
        .sort();
    const sources = sqlUnder(path.join(ROOT, 'src'));
    expect(sources.length).toBeGreaterThan(30);
    expect(sqlUnder(path.join(ROOT, 'dist', 'sql'))).toEqual(sources);
    expect(sqlUnder(path.join(ROOT, 'dist', 'cli', 'sql'))).toEqual(sources);
  });

  it('without its sql/ directory, names the missing file instead of checking anything', async () => {
    const dir = copyBundle('without-sql');
    rmSync(path.join(dir, 'dist', 'cli', 'sql'), { recursive: true });
    const result = await runProcess(path.join(dir, 'dist', 'cli', 'index.js'), ['check', 'migrations', '--postgres', 'local'], { cwd: dir });
    expect(result.stderr).toMatch(/the run stopped: migration-guard.s SQL file catalog\/\S+\.sql is missing/);
    expect(result.code).not.toBe(0);
  });

  it('without the .wasm, says so and compares text (stricter, never laxer) instead of crashing', async () => {
    const dir = copyBundle('without-wasm');
    rmSync(path.join(dir, 'dist', 'cli', 'libpg-query.wasm'));
    const result = await runProcess(path.join(dir, 'dist', 'cli', 'index.js'), ['check', 'migrations', '--postgres', 'local'], { cwd: dir });
    expect(result.stderr).toContain('warning: the SQL parser could not be loaded');
    expect(result.stdout).toMatch(/down-incomplete .*constraint accounts\.accounts_balance_ok definition changed/);
    expect(result.code).toBe(1);
  });
});
