import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sectionsOf } from '../formats/build-set';
import type { MigrationFormat, ParsedName } from '../formats/format';
import type { BaseComparison, BaseFile } from './base-facts';
import { decodeMigration } from '../formats/read-directory';
import { git, GitError } from './git';

/**
 * Compares the migrations directory on disk (what would be checked and
 * deployed, committed or not) with the same directory at `commit`. Renames
 * come from git itself: the disk state is staged into a throw-away index so
 * that `git diff -M` can see untracked files too; the real index is untouched.
 */
export async function compareWithBase(format: MigrationFormat, repo: string, dir: string, commit: string, label: string): Promise<BaseComparison> {
  const dirInRepo = toRepoPath(repo, dir);
  const files = await baseFiles(format, repo, commit, dirInRepo);
  const renames = await renamesSince(repo, commit, dirInRepo);
  return { commit, label, dirInRepo, files, renames };
}

function toRepoPath(repo: string, dir: string): string {
  const relative = path.relative(repo, dir);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new GitError(`${dir} is outside the git repository ${repo}`);
  return relative.split(path.sep).join('/');
}

const pathspec = (dirInRepo: string) => (dirInRepo ? `:(top,literal)${dirInRepo}` : ':(top)');

async function baseFiles(format: MigrationFormat, repo: string, commit: string, dirInRepo: string): Promise<BaseFile[]> {
  // ls-tree of "dir/" lists the directory's own entries: the tools ignore subdirectories too.
  const listing = await git(repo, ['ls-tree', '-z', commit, '--', dirInRepo ? `${dirInRepo}/` : '.']);
  const entries: { name: string; oid: string; parsed: ParsedName }[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const name = path.posix.basename(match[2]);
    const parsed = format.parseName(name);
    if (parsed.ok) entries.push({ name, oid: match[1], parsed: parsed.name });
  }
  const contents = await readBlobs(
    repo,
    entries.map((e) => e.oid),
  );
  return entries.flatMap(({ name, oid, parsed }) => {
    const text = decodeMigration(contents.get(oid) ?? Buffer.alloc(0)).text;
    const sections = sectionsOf(format, { path: name, name, text }, parsed);
    return sections.ok
      ? sections.sections.map((s) => ({ name, version: s.version, versionText: s.versionText, direction: s.direction, text, body: s.body }))
      : [];
  });
}

/** All blobs in one `git cat-file --batch` process: one process per file would dominate on large directories. */
async function readBlobs(repo: string, oids: string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return blobs;
  const unique = [...new Set(oids)];
  const batch = await git(repo, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
  let offset = 0;
  for (const oid of unique) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const [, , size] = batch.subarray(offset, headerEnd).toString('utf8').split(' ');
    const start = headerEnd + 1;
    blobs.set(oid, batch.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return blobs;
}

async function renamesSince(repo: string, commit: string, dirInRepo: string): Promise<Map<string, string>> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'migration-guard-index-'));
  try {
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
    // --force: what is on disk is what golang-migrate reads, ignored or not.
    await git(repo, ['add', '--all', '--force', '--', pathspec(dirInRepo)], { env });
    const status = await git(
      repo,
      ['diff', '--cached', '--find-renames', '--name-status', '-z', '--no-ext-diff', commit, '--', pathspec(dirInRepo)],
      { env },
    );
    const fields = status.toString('utf8').split('\0');
    const renames = new Map<string, string>();
    for (let i = 0; i < fields.length - 1;) {
      const code = fields[i];
      if (code.startsWith('R')) {
        const [from, to] = [fields[i + 1], fields[i + 2]];
        if (path.posix.dirname(from) === (dirInRepo || '.')) renames.set(path.posix.basename(from), path.join(repo, to));
        i += 3;
      } else {
        i += code.startsWith('C') ? 3 : 2;
      }
    }
    return renames;
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/** "v1.4.0 (1a2b3c4d5e6f)", or just the short SHA when that is the label. */
export function describeBase(base: BaseComparison): string {
  const short = base.commit.slice(0, 12);
  return base.label === short ? short : `${base.label} (${short})`;
}
