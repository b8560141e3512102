import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A pull request's base state, kept between runs: the data directory of a stopped throw-away cluster whose database
 * BASE_DATABASE holds every migration before the first changed one applied up. A later run of the same key starts its
 * cluster on a copy of it and copies that database (CREATE DATABASE ... TEMPLATE) instead of replaying the history.
 * Why a data directory: it is exact (the catalog, OIDs aside, as the ups left it; session settings are resumed from the
 * files), needs no pg_dump (the embedded package has none) and starts as fast as the initdb template it replaces.
 * Only the local and embedded providers have one; Docker and url replay the history as before.
 */
export const BASE_DATABASE = 'mg_base_state';

/** Base states kept at most per cluster template (about 30 MB each, plus the database); the oldest go first. */
const KEEP = 4;

/** Where a key's data directory is kept, beside the initdb template it was started from. */
export function baseDirectory(templateData: string, key: string): string {
  return `${path.dirname(templateData)}-base-${key}`;
}

/** The data directory kept under `key`, when there is one we trust: owned by us or the server account, writable by no one else. */
export async function keptBase(templateData: string, key: string, owners: ReadonlySet<number>): Promise<string | undefined> {
  const dir = baseDirectory(templateData, key);
  const s = await fs.stat(dir).catch(() => undefined);
  if (!s || !owners.has(s.uid) || (s.mode & 0o022) !== 0) return undefined;
  const data = path.join(dir, 'data');
  return (await fs.stat(path.join(data, 'PG_VERSION')).catch(() => undefined)) ? data : undefined;
}

/**
 * After the server stopped (a clean shutdown: the directory is consistent): a copy of its data directory under `key`,
 * built beside it and renamed into place (another run's copy of the same key wins). Synchronous: it runs in the stop
 * path, between the server's exit and the removal of its directory. Failing to keep it only costs the next run time.
 */
export function keepBase(data: string, templateData: string, key: string, log: (m: string) => void): void {
  const target = baseDirectory(templateData, key);
  const building = `${target}.building-${process.pid}`;
  if (existsSync(target)) return; // another run of the same key kept it first
  try {
    rmSync(building, { recursive: true, force: true });
    spawnSync('mkdir', ['-m', '700', building]);
    // cp -a keeps the server account's ownership and the 0700 mode PostgreSQL insists on.
    const copy = spawnSync('cp', ['-a', data, path.join(building, 'data')], { stdio: 'ignore' });
    if (copy.status !== 0) throw new Error(`cp exited with ${String(copy.status)}`);
    rmSync(path.join(building, 'data', 'postmaster.pid'), { force: true });
    spawnSync('chown', ['--reference', data, building]);
    renameSync(building, target);
    log(`kept the base state for the next run of this pull request (${target})`);
    forgetOld(templateData);
  } catch (error) {
    log(`warning: the base state could not be kept: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** Only the KEEP newest base states of a template stay. */
function forgetOld(templateData: string): void {
  const parent = path.dirname(path.dirname(templateData));
  const prefix = `${path.basename(path.dirname(templateData))}-base-`;
  const kept = readdirSync(parent)
    .filter((n) => n.startsWith(prefix) && !n.includes('.building-'))
    .map((n) => ({ dir: path.join(parent, n), at: statSync(path.join(parent, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of kept.slice(KEEP)) rmSync(old.dir, { recursive: true, force: true });
}
