import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync, statfsSync } from 'node:fs';
import * as os from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findLocalBinaries } from '../../src/servers/binaries';
import { migrationsDir } from '../helpers/cluster';
import { checkInProcess } from '../helpers/in-process';
import { runAction } from '../helpers/processes';
import { startCluster } from '../../src/servers/local-cluster';

/**
 * A full disk names itself (issue 18, point 6): the scratch directory is a small tmpfs mounted for the test (root only;
 * elsewhere the tests are skipped), so initdb, the template copy and the server run out of space for real.
 */
const disk = vi.hoisted(() => ({ mount: `/tmp/mg-disk-full-${process.pid}` }));
vi.mock('../../src/servers/scratch-dir', async (original) => ({ ...(await original<object>()), scratchParent: () => Promise.resolve(disk.mount) }));

function mountTmpfs(size: string, remount = false): boolean {
  try {
    mkdirSync(disk.mount, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', `${remount ? 'remount,' : ''}size=${size},mode=1777`, 'tmpfs', disk.mount], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canMount = process.getuid?.() === 0 && os.platform() === 'linux' && mountTmpfs('2m');

describe.skipIf(!canMount)('a full disk under the scratch directory', () => {
  afterAll(() => {
    execFileSync('umount', [disk.mount], { stdio: 'ignore' });
    rmdirSync(disk.mount); // the mount point, empty once unmounted
  });

  it('during initdb: says the disk is full, where, and what to do, not just "initdb failed"', async () => {
    const [binaries] = await findLocalBinaries();
    const started = startCluster(binaries, 'local', () => undefined);
    await expect(started).rejects.toThrow(
      new RegExp(
        `^no space left on device in ${disk.mount} \\(\\d+ MB free\\) while running initdb for the template cache: ` +
          "the disk that holds migration-guard's throw-away clusters is full\\. Free space there, or set TMPDIR",
      ),
    );
  }, 60_000);

  it('while copying the cached template into a new cluster', async () => {
    const [binaries] = await findLocalBinaries();
    mountTmpfs('200m', true);
    const first = await startCluster(binaries, 'local', () => undefined); // builds the template cache
    await first.stop();
    const { blocks, bfree, bsize } = statfsSync(disk.mount);
    const used = (blocks - bfree) * bsize;
    mountTmpfs(`${Math.ceil(used / 1024) + 1024}k`, true); // the template fits, a copy of it does not
    await expect(startCluster(binaries, 'local', () => undefined)).rejects.toThrow(
      new RegExp(`^no space left on device in ${disk.mount} \\(\\d+ MB free\\) while copying the initdb template into the cluster directory: `),
    );
    // Nothing is left of the half-made cluster: only the template cache.
    expect(execFileSync('ls', [disk.mount], { encoding: 'utf8' }).trim().split('\n')).toEqual(['migration-guard-cache']);
  }, 120_000);

  it('while a migration runs: the finding names the full disk, not only the file that ran into it', async () => {
    mountTmpfs('200m', true);
    const dir = migrationsDir({
      '001_fill.up.sql': 'CREATE TABLE fill AS SELECT repeat(md5(g::text), 30) AS s FROM generate_series(1, 400000) g;\n',
      '001_fill.down.sql': 'DROP TABLE fill;\n',
    });
    const { report, log } = await checkInProcess(dir, ['--postgres', 'local']);
    const up = report.findings.filter((f) => f.check === 'up-failed');
    expect(up, log.join('\n')).toHaveLength(1);
    expect(up[0].message).toMatch(
      /^001 up failed at line 1: could not extend file .*The disk of the PostgreSQL server is full \(SQLSTATE 53100 disk_full\)$/,
    );
    expect(up[0].hint).toMatch(/^The server ran out of disk space while this file ran\. Free space where it keeps its data/);
  }, 180_000);
});

describe.skipIf(os.platform() !== 'linux')('a full disk under the files the tool writes', () => {
  it('the action says which file it could not write and that the disk is full, not "unexpected error"', async () => {
    // /dev/full answers every write with ENOSPC.
    const result = await runAction({ 'migrations-path': 'migrations-fixtures/golang-migrate/valid', scope: 'all', 'report-path': '/dev/full' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::cannot write /dev/full: no space left on device (the disk is full)');
    expect(result.stdout).not.toContain('unexpected error');
  });
});
