/**
 * Real public migration directories for `npm run bench`: which repository, commit and path each row measures. Their
 * SQL is never committed here: `npm run bench:field-clone` clones them outside the repository (BENCH_FIELD_ROOT) and
 * writes a manifest (BENCH_FIELD, one line per directory: repo, commit, path, local_dir, tool); the benchmark reads
 * that manifest and skips, with one line each, the directories it does not list or whose files are not there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface FieldDirectory {
  repo: string;
  commit: string;
  path: string;
  tool: 'golang-migrate' | 'goose' | 'dbmate';
  /** Why this directory is in the benchmark. */
  why: string;
  /** Flags its real runs need (a statement that outlasts the default time limit). */
  args: string[];
}

export const FIELD: FieldDirectory[] = [
  {
    repo: 'openmeterio/openmeter',
    commit: '7e57a394a0283fb210a644685ad1d257f6d5c85c',
    path: 'tools/migrate/migrations',
    tool: 'golang-migrate',
    why: 'over 250 migrations, every one with a down',
    args: [],
  },
  {
    repo: 'hatchet-dev/hatchet',
    commit: '89d130f303c9561442804c9c32b8748e699d5139',
    path: 'cmd/hatchet-migrate/migrate/migrations',
    tool: 'goose',
    why: 'mostly up-only (files without -- +goose Down)',
    args: ['--statement-timeout', '20s', '--run-timeout', '600s'],
  },
  {
    // bionic-gpt/bionic-gpt (dbmate, 110) needs the vector extension and has a file dbmate refuses: most of it is not run.
    repo: 'purton-tech/cloak',
    commit: '07dacd0dd359e4498ede7bddf083e34d666fed6c',
    path: 'crates/db/migrations',
    tool: 'dbmate',
    why: 'dbmate (a small directory: the fixed costs)',
    args: [],
  },
];

/** The manifest the clones are listed in (the layout of /work/field/dirs.tsv on the machine the README's rows come from). */
export const MANIFEST = process.env.BENCH_FIELD ?? path.join(process.env.BENCH_FIELD_ROOT ?? path.join(os.homedir(), 'mg-field'), 'dirs.tsv');

/** Each field directory with its local copy, or the line that says why its rows are skipped. */
export function fieldDirectories(): { dir: FieldDirectory; local?: string; skipped?: string }[] {
  const listed = existsSync(MANIFEST) ? readFileSync(MANIFEST, 'utf8').split('\n').slice(1) : [];
  return FIELD.map((dir) => {
    const line = listed.map((l) => l.split('\t')).find(([repo, commit, p]) => repo === dir.repo && commit === dir.commit && p === dir.path);
    const local = line?.[3];
    if (!local) return { dir, skipped: `${dir.repo}@${dir.commit.slice(0, 12)}:${dir.path} is not in ${MANIFEST} (npm run bench:field-clone)` };
    if (!existsSync(local)) return { dir, skipped: `${dir.repo}: ${local} is listed in ${MANIFEST} but missing` };
    return { dir, local };
  });
}

/** npm run bench:field-clone: a shallow clone of each directory's commit under BENCH_FIELD_ROOT, and the manifest. */
function cloneAll(): void {
  const root = path.dirname(MANIFEST);
  mkdirSync(root, { recursive: true });
  const lines = ['repo\tcommit\tpath\tlocal_dir\ttool'];
  for (const dir of FIELD) {
    const clone = path.join(root, dir.repo.replace('/', '+'));
    if (!existsSync(path.join(clone, '.git'))) {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, stdio: 'inherit' });
      mkdirSync(clone, { recursive: true });
      git('init', '-q');
      git('remote', 'add', 'origin', `https://github.com/${dir.repo}.git`);
      git('fetch', '-q', '--depth', '1', 'origin', dir.commit);
      git('checkout', '-q', 'FETCH_HEAD');
    }
    lines.push([dir.repo, dir.commit, dir.path, path.join(clone, dir.path), dir.tool].join('\t'));
  }
  writeFileSync(MANIFEST, `${lines.join('\n')}\n`);
  process.stdout.write(`${FIELD.length} directories listed in ${MANIFEST}\n`);
}

if (require.main === module) cloneAll();
