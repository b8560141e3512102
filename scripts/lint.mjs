// npm run lint: ESLint and Prettier at the same time (each is single-threaded), each one's output printed whole when
// it ends; fails when either does.
import { spawn } from 'node:child_process';

const run = (bin, args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });

const results = await Promise.all([run('node_modules/eslint/bin/eslint.js', ['.']), run('node_modules/prettier/bin/prettier.cjs', ['--check', '.'])]);
for (const { out } of results) process.stdout.write(out);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
