import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeCorpus, type CorpusTool } from '../../bench/corpus';
import { runCli } from '../helpers/processes';

const work = mkdtempSync(path.join(os.tmpdir(), 'mg-corpus-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Check id and version of each finding: the same SQL gives the same findings whatever the tool, at other lines. */
async function findings(tool: CorpusTool): Promise<string[]> {
  const dir = path.join(work, tool);
  writeCorpus(dir, 15, tool);
  const run = await runCli(['check', dir, '--postgres', 'local', '--format', 'json', '--fail-on', 'never']);
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as { findings: { check: string; file?: string }[]; results: unknown[] };
  expect(report.results).toHaveLength(15);
  return report.findings.map((f) => `${f.check} ${path.basename(f.file ?? '').split('_')[0]}`).sort();
}

it("the benchmark's goose and dbmate corpora are its golang-migrate corpus in their tools' files: the same findings", async () => {
  const golangMigrate = await findings('golang-migrate');
  expect(golangMigrate.length).toBeGreaterThan(5);
  expect(await findings('goose')).toEqual(golangMigrate);
  expect(await findings('dbmate')).toEqual(golangMigrate);
});
