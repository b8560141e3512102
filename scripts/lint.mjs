// npm run lint: ESLint and Prettier at the same time, each one's output printed whole when it ends; fails when either
// does. ESLint (type-checked) is the longer of the two: Prettier runs at a lower priority, in the time ESLint leaves
// free, so that on two cores it does not stretch ESLint's run (20-21 s side by side at equal priority, against 15 s
// for ESLint alone).
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const run = (bin, args, priority = 0) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (priority && child.pid) {
      try {
        setPriority(child.pid, priority);
      } catch {
        // not allowed here: both run at the same priority
      }
    }
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });

const results = await Promise.all([
  run('node_modules/eslint/bin/eslint.js', ['.']),
  run('node_modules/prettier/bin/prettier.cjs', ['--check', '.'], 10),
]);
for (const { out } of results) process.stdout.write(out);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
