import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { copyTree } from '../../src/servers/copy-tree';

afterEach(() => vi.restoreAllMocks());

// The cluster's clean-up removes the directory as soon as copyTree fails: no copy may still be writing into it then. On
// a full disk one copy failed while 63 others still wrote, and the removal met files appearing (ENOTEMPTY, in place of
// "no space left on device").
it('fails with the first failure only after every other copy of the batch has ended', async () => {
  const from = mkdtempSync(path.join(os.tmpdir(), 'mg-copy-from-'));
  const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-copy-to-')), 'data');
  try {
    for (const name of ['a', 'b', 'c', 'd']) writeFileSync(path.join(from, name), name);
    const real = fs.copyFile.bind(fs);
    const ended: string[] = [];
    vi.spyOn(fs, 'copyFile').mockImplementation(async (source, target) => {
      const name = path.basename(String(source));
      if (name === 'a') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await real(source, target);
      ended.push(name);
    });
    await expect(copyTree(from, to)).rejects.toThrow('ENOSPC');
    expect(ended.sort()).toEqual(['b', 'c', 'd']);
    // What the clean-up removes is all there is: nothing is written afterwards.
    rmSync(to, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(path.dirname(to))).toEqual([]);
  } finally {
    rmSync(from, { recursive: true, force: true });
    rmSync(path.dirname(to), { recursive: true, force: true });
  }
});
