import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

/**
 * Measured on the bundle of 0.1.0 (`npm run bundle`): dist/ 18.1 MB in all (the action's Docker client is two chunks of
 * 5.3 MB), dist/cli/ 2.9 MB (what `npm install migration-guard` unpacks, with the .wasm). The budgets leave about 20 %
 * for growth: a change that pulls in a large dependency has to say so here.
 */
const BUDGET = { dist: 22 * 1024 * 1024, cli: 3.6 * 1024 * 1024 };

function files(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [{ file: path.relative(DIST, full), bytes: statSync(full).size }];
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe('the committed bundle', () => {
  const all = files(DIST);
  const total = (list: { bytes: number }[]) => list.reduce((sum, f) => sum + f.bytes, 0);

  it('has the entry points, the parser and nothing native', () => {
    expect(all.map((f) => f.file)).toEqual(expect.arrayContaining(['index.js', 'libpg-query.wasm', 'cli/index.js', 'cli/libpg-query.wasm']));
    // Native addons and executables differ between Linux, macOS and Windows runners (see scripts/finish-bundle.mjs).
    expect(all.filter((f) => /\.(node|exe|dll|dylib|so)$/i.test(f.file)).map((f) => f.file)).toEqual([]);
  });

  it(`stays within its size budget: dist/ under ${mb(BUDGET.dist)}, dist/cli/ under ${mb(BUDGET.cli)}`, () => {
    const largest = [...all]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((f) => `${f.file} ${mb(f.bytes)}`)
      .join(', ');
    expect(total(all), `dist/ is ${mb(total(all))}; largest: ${largest}`).toBeLessThanOrEqual(BUDGET.dist);
    const cli = all.filter((f) => f.file.startsWith(`cli${path.sep}`));
    expect(total(cli), `dist/cli/ is ${mb(total(cli))}`).toBeLessThanOrEqual(BUDGET.cli);
  });
});
