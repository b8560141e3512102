import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkInProcess } from '../helpers/in-process';
import { runCli } from '../helpers/processes';
import { SHARED } from '../helpers/shared-server';

// The pipeline in this process, on the integration project's one PostgreSQL; `merge` through the bundled CLI.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

async function findingsOf(dir: string, args: string[]) {
  const { report, outcome } = await checkInProcess(dir, ['--postgres', 'local', ...args]);
  if (outcome.run) expect(outcome.run.postgresVersionReason).toContain(SHARED);
  return { text: JSON.stringify(report.findings), report, code: outcome.exitCode };
}

// Split into segments (--jobs 2), every fixture gives the findings of --jobs 1 (on empty tables; the fixtures whose
// findings are data findings and verified fixes also with rows and fixes): fixtures-give-readme-findings. The generated
// corpus of 1,000 migrations: `npm run bench:jobs`.

describe('shards and merge', () => {
  it.concurrent.each(['syntax-error', 'down-incomplete', 'up-fails-on-data'])(
    'shards 1/3, 2/3 and 3/3 of %s merge into one run findings and exit code',
    async (name) => {
      const dir = `migrations-fixtures/golang-migrate/${name}`;
      const work = mkdtempSync(path.join(os.tmpdir(), 'mg-shards-'));
      // A shard tries no fixes (each sees part of the findings): the one run neither, so that the findings compare.
      const one = await findingsOf(dir, ['--jobs', '1', '--no-fixes']);
      const files: string[] = [];
      for (const k of [1, 2, 3]) {
        const shard = await findingsOf(dir, ['--shard', `${k}/3`]);
        expect(shard.report.shard).toMatchObject({ index: k, of: 3 });
        const file = path.join(work, `shard-${k}.json`);
        writeFileSync(file, JSON.stringify(shard.report));
        files.push(file);
      }
      const merged = await runCli(['merge', ...files.reverse(), '--format', 'json']);
      const report = JSON.parse(merged.stdout) as typeof one.report;
      expect(JSON.stringify(report.findings)).toBe(one.text);
      expect(report.results.map((r) => r.version)).toEqual(one.report.results.map((r) => r.version));
      expect(merged.code).toBe(one.code);
    },
  );

  it('refuses a missing or duplicate shard in one line', async () => {
    const dir = 'migrations-fixtures/golang-migrate/valid';
    const work = mkdtempSync(path.join(os.tmpdir(), 'mg-shards-'));
    const first = path.join(work, 'one.json');
    writeFileSync(first, JSON.stringify((await findingsOf(dir, ['--shard', '1/2'])).report));
    const missing = await runCli(['merge', first]);
    expect(missing.stderr).toBe(
      "migration-guard: shard(s) 2/2 missing: the merged report would leave their migrations out; give every shard's report\n",
    );
    expect(missing.code).toBe(2);
    const twice = await runCli(['merge', first, first]);
    expect(twice.stderr).toMatch(/^migration-guard: shard 1\/2 appears twice \(.*one\.json and .*one\.json\): give each shard's report once\n$/);
    expect(twice.code).toBe(2);
  });
});
