import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { looksLikeMigration, parseMigrationName } from './parse';
import type { DuplicateFiles, Migration, MigrationFile, MigrationSet, SkippedFile } from './migration-set';

/** A problem with the input that stops the run before any check (exit code 2). */
export class InputError extends Error {}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Bytes to text as PostgreSQL will receive them: a BOM and CR LF are kept; invalid UTF-8 is flagged. */
export function decodeMigration(bytes: Uint8Array): { text: string; validUtf8: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), validUtf8: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), validUtf8: false };
  }
}

/**
 * Reads a migrations directory the way golang-migrate's file source does:
 * only the directory's own files (subdirectories are ignored), names parsed by
 * its regex, versions ordered numerically.
 */
export async function loadMigrationSet(dir: string, shownAs: string = dir): Promise<MigrationSet> {
  const absolute = path.resolve(dir);
  const stat = await fs.stat(absolute).catch(() => undefined);
  if (!stat) throw new InputError(`migrations directory ${shownAs} does not exist`);
  if (!stat.isDirectory()) throw new InputError(`${shownAs} is not a directory: point migration-guard at the folder that holds the .up.sql and .down.sql files`);

  const entries = (await fs.readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: MigrationFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of entries) {
    const full = path.join(absolute, entry.name);
    if (entry.isDirectory()) continue;
    const parsed = parseMigrationName(entry.name);
    if (!parsed.ok) {
      if (looksLikeMigration(entry.name)) skipped.push({ path: full, name: entry.name, reason: parsed.reason });
      continue;
    }
    const { text, validUtf8 } = decodeMigration(await fs.readFile(full));
    files.push({
      path: full,
      name: entry.name,
      version: parsed.name.version,
      versionText: /^[0-9]+/.exec(entry.name)![0],
      identifier: parsed.name.identifier,
      direction: parsed.name.direction,
      text,
      validUtf8,
    });
  }

  const byVersion = new Map<bigint, { up: MigrationFile[]; down: MigrationFile[] }>();
  for (const file of files) {
    const slot = byVersion.get(file.version) ?? { up: [], down: [] };
    slot[file.direction].push(file);
    byVersion.set(file.version, slot);
  }

  const migrations: Migration[] = [];
  const duplicates: DuplicateFiles[] = [];
  for (const [version, slot] of [...byVersion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const direction of ['up', 'down'] as const) {
      if (slot[direction].length > 1) duplicates.push({ version, direction, files: slot[direction] });
    }
    const up = slot.up[0];
    const down = slot.down[0];
    migrations.push({ version, versionText: (up ?? down)!.versionText, up, down });
  }
  return { dir: absolute, migrations, files, skipped, duplicates };
}
