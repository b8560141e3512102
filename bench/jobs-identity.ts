/**
 * npm run bench:jobs: the generated corpus of 1,000 migrations gives byte-identical JSON findings, and the same
 * migrations in the same order, with --jobs 1 (one sequential run) and --jobs 2 (segments checked at once). Too slow
 * for the test suite (minutes), which proves the same on every fixture with segments of one migration
 * (test/integration/fixtures-give-readme-findings.test.ts). BENCH_JOBS_SIZE=400 shortens it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeCorpus } from './corpus';
import { runNode } from './measure';

const ROOT = path.resolve(__dirname, '..');
const CLI = process.env.BENCH_CLI ?? path.join(ROOT, 'dist', 'cli', 'index.js');
const SIZE = Number(process.env.BENCH_JOBS_SIZE ?? 1000);

interface Report {
  findings: unknown[];
  results: { version: string }[];
  postgres?: { jobs?: number };
}

async function findingsWith(dir: string, jobs: number): Promise<{ report: Report; text: string; ms: number }> {
  const run = await runNode(CLI, ['check', dir, '--postgres', 'local', '--format', 'json', '--jobs', String(jobs)]);
  const report = JSON.parse(run.stdout) as Report;
  // Under 80 migrations a directory runs as one segment whatever --jobs says (README, Parallel runs and shards).
  if (SIZE >= 80 && report.postgres?.jobs !== jobs) throw new Error(`--jobs ${jobs} ran with jobs ${String(report.postgres?.jobs)}`);
  if (report.results.length !== SIZE) throw new Error(`--jobs ${jobs} checked ${report.results.length} of ${SIZE} migrations`);
  return { report, text: JSON.stringify(report.findings), ms: run.ms };
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-jobs-'));
  try {
    const dir = path.join(work, 'migrations');
    writeCorpus(dir, SIZE);
    const one = await findingsWith(dir, 1);
    const two = await findingsWith(dir, 2);
    const versions = (r: Report) => r.results.map((m) => m.version).join(' ');
    const same = two.text === one.text && versions(two.report) === versions(one.report);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    process.stdout.write(
      `${SIZE} migrations: --jobs 1 ${seconds(one.ms)}, --jobs 2 ${seconds(two.ms)}, ${one.report.findings.length} finding(s): ` +
        `${same ? 'byte-identical JSON findings' : 'the findings DIFFER'}\n`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:jobs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
