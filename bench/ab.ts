/**
 * Two builds of the CLI side by side on the generated corpus, with the physical limit, one of each per round:
 * `BENCH_AB=before=/path/to/cli/index.js,after=dist/cli/index.js npx tsx bench/ab.ts 400,1000 2` (sizes, rounds).
 * Besides wall time it reports each run's CPU time, PostgreSQL's backends included (the CLI runs under
 * /usr/bin/time, and the server it starts is its child): on a shared machine whose load swings between 10 and 30,
 * wall times of the same command differ by half, CPU times by a few percent.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findLocalBinaries } from '../src/servers/binaries';
import { writeCorpus } from './corpus';
import { median } from './measure';
import { orderedFiles, physicalLimit, withServer } from './physical';

const builds = (process.env.BENCH_AB ?? '').split(',').map((pair) => pair.split('=') as [string, string]);
const sizes = (process.argv[2] ?? '400').split(',').map(Number);
const rounds = Number(process.argv[3] ?? 2);

interface Sample {
  ms: number;
  cpuMs: number;
  startupMs: number;
  load: number;
}

async function main(): Promise<void> {
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('bench/ab.ts needs PostgreSQL server binaries');
  const work = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-ab-'));
  try {
    for (const size of sizes) {
      const dir = path.join(work, `corpus-${size}`);
      writeCorpus(dir, size);
      const files = orderedFiles(dir);
      const samples = new Map<string, Sample[]>();
      const physical: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const [name, cli] of builds) {
          const sample = await check(cli, dir);
          samples.set(name, [...(samples.get(name) ?? []), sample]);
          process.stderr.write(
            `${size} ${name} round ${round}: ${Math.round(sample.ms)} ms, CPU ${sample.cpuMs} ms, load ${sample.load.toFixed(1)}\n`,
          );
        }
        physical.push(await withServer(binaries, (server) => physicalLimit(server, files)));
        process.stderr.write(`${size} physical limit round ${round}: ${Math.round(physical.at(-1) ?? 0)} ms\n`);
      }
      for (const [name, runs] of samples) {
        const ms = median(runs.map((r) => r.ms));
        const startup = median(runs.map((r) => r.startupMs));
        const loads = runs.map((r) => r.load);
        process.stdout.write(
          `${size}\t${name}\t${Math.round(ms)} ms (${runs.map((r) => Math.round(r.ms)).join(', ')})\t` +
            `CPU ${median(runs.map((r) => r.cpuMs))} ms (${runs.map((r) => r.cpuMs).join(', ')})\t` +
            `physical limit ${Math.round(median(physical))} ms (${physical.map(Math.round).join(', ')})\t` +
            `${(ms / (median(physical) + startup)).toFixed(1)}× (start-up ${Math.round(startup)} ms)\t` +
            `load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}\n`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One default run of `cli` under /usr/bin/time: wall time, the CPU time of its process tree, its reported start-up. */
function check(cli: string, dir: string): Promise<Sample> {
  const args = ['check', dir, '--postgres', 'local', '--format', 'json', '--fail-on', 'never', '--scope', 'all'];
  return new Promise((resolve, reject) => {
    const load = os.loadavg()[0];
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', () => {
      const ms = performance.now() - started;
      const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
      const report = JSON.parse(stdout) as { postgres?: { startupMs?: number } };
      resolve({ ms, cpuMs: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : NaN, startupMs: report.postgres?.startupMs ?? 0, load });
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/ab.ts: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
