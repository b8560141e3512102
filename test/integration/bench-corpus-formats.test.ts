import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { writeCorpus, type CorpusTool } from '../../bench/corpus';
import { checkInProcess } from '../helpers/in-process';

// The pipeline in this process, on the integration project's one PostgreSQL: what is compared is the formats' reading
// of the same SQL, not the bundle or the provider (those have their own rows).
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const work = mkdtempSync(path.join(os.tmpdir(), 'mg-corpus-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Check id and version of each finding: the same SQL gives the same findings whatever the tool, at other lines. */
async function findings(tool: CorpusTool): Promise<string[]> {
  const dir = path.join(work, tool);
  writeCorpus(dir, 15, tool);
  const { report } = await checkInProcess(dir, ['--fail-on', 'never', '--no-fixes']);
  expect(report.results).toHaveLength(15);
  return report.findings.map((f) => `${f.check} ${path.basename(f.file ?? '').split('_')[0]}`).sort();
}

it("the benchmark's goose and dbmate corpora are its golang-migrate corpus in their tools' files: the same findings", async () => {
  const [golangMigrate, goose, dbmate] = await Promise.all((['golang-migrate', 'goose', 'dbmate'] as const).map(findings));
  expect(golangMigrate.length).toBeGreaterThan(5);
  expect(goose).toEqual(golangMigrate);
  expect(dbmate).toEqual(golangMigrate);
});
