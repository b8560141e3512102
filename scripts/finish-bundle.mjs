// After ncc: what the bundles need beside them, and nothing that differs between machines.
// - libpg-query's .wasm: ncc bundles its JavaScript but not the .wasm, which the bundle loads from its own directory.
// - Our own SQL: every .sql file under src/, in sql/ beside each bundle, at the same path (src/sql/files.ts reads them).
// - No native addons or executables: ncc copies ssh2's optional sshcrypto.node, cpu-features' .node and a Windows
//   pageant helper (.exe) pulled in by the Docker client. ssh2 loads each inside try/catch and falls back to pure
//   JavaScript, so they are removed: the bundle is the same on Linux, macOS and Windows runners.
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const wasm = path.join(path.dirname(require.resolve('libpg-query')), 'libpg-query.wasm');
for (const dir of ['dist', 'dist/cli']) copyFileSync(wasm, path.join(dir, 'libpg-query.wasm'));

const sqlFiles = readdirSync('src', { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.sql'))
  .sort();
for (const dir of ['dist', 'dist/cli']) {
  for (const name of sqlFiles) {
    const target = path.join(dir, 'sql', name);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join('src', name), target);
  }
}

const removed = [];
function prune(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      prune(full);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
    } else if (/\.(node|exe|dll|dylib|so)$/i.test(name)) {
      rmSync(full);
      removed.push(full);
    }
  }
}
prune('dist');
if (removed.length) console.log(`removed native files from the bundle: ${removed.join(', ')}`);
