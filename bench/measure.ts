import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function repeat(times: number, once: () => Promise<number>): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  return { median: median(runs), runs };
}

/** Runs a node script to completion: wall time, its peak resident memory (VmHWM, polled), its stdout. */
export function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ms: number; peakMb: number; stdout: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let peakKb = 0;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process is gone
      }
    }, 25);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - started, peakMb: peakKb / 1024, stdout, code });
    });
  });
}
