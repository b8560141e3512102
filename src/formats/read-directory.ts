import { closeSync, constants, fstatSync, openSync, readFileSync, promises as fs, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { MigrationFile, SkippedFile } from './migration-set';

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

/** A file of the directory, read as the tools read it. */
export interface DirectoryFile {
  path: string;
  name: string;
  text: string;
  validUtf8: boolean;
  unsendable?: MigrationFile['unsendable'];
}

export interface Directory {
  dir: string;
  /** Regular files (and symlinks to files inside the repository) the caller asked to read, sorted by name. */
  files: DirectoryFile[];
  /** Names of every entry that is not a directory, sorted. */
  names: string[];
  /** Files that would be read but are refused (a symlink out of the repository) or unreadable. */
  refused: SkippedFile[];
}

/**
 * Reads a migrations directory the way the tools' file sources do: only the
 * directory's own files (subdirectories are ignored). `wanted` says which
 * names to read at all; the rest are listed by name only.
 */
export async function readDirectory(
  dir: string,
  shownAs: string,
  repository: string | undefined,
  wanted: (name: string) => boolean,
): Promise<Directory> {
  const absolute = path.resolve(dir);
  const stat = await fs.stat(absolute).catch(() => undefined);
  if (!stat) throw new InputError(`migrations directory ${shownAs} does not exist`);
  if (!stat.isDirectory()) throw new InputError(`${shownAs} is not a directory: point migration-guard at the folder that holds the migration files`);
  // Symlinks may point anywhere inside the repository (or the directory itself, when it lies outside it), never beyond.
  const realDir = await fs.realpath(absolute);
  const realRepo = repository && (await fs.realpath(repository).catch(() => undefined));
  const boundary = realRepo && isInside(realDir, realRepo) ? realRepo : realDir;

  const entries = (await fs.readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: DirectoryFile[] = [];
  const names: string[] = [];
  const refused: SkippedFile[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    names.push(entry.name);
    if (!wanted(entry.name)) continue;
    const full = path.join(absolute, entry.name);
    const read = await readEntry(full, entry, boundary);
    if ('reason' in read) {
      refused.push({ path: full, name: entry.name, ...read });
      continue;
    }
    const { bytes } = read;
    const { text, validUtf8 } = decodeMigration(bytes);
    files.push({ path: full, name: entry.name, text, validUtf8, unsendable: unsendable(bytes, validUtf8) });
  }
  return { dir: absolute, files, names, refused };
}

/** Whether `child` is `parent` or below it (both real paths). The config file reader (settings/config-bytes.ts) asks too. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

type Refusal = { reason: string; hint: string };

const LINK_HINT =
  'Migrations should be regular files in the repository, so that what is reviewed is what runs. Replace the link with the file itself.';
const SPECIAL_HINT = 'Migrations should be regular files. Replace it with the SQL file it stands for, or move it out of the migrations directory.';

/**
 * The bytes of a regular file, or why it is not read. A symlink is followed
 * only inside `boundary` (a pull request must not make the runner read
 * /etc/passwd or a secret). Anything that is not a regular file is refused
 * by its type before it is opened (reading a FIFO waits for a writer forever,
 * a device never ends), and the type is checked again on the open descriptor,
 * which is opened non-blocking, so a file swapped meanwhile cannot hang the run.
 */
async function readEntry(file: string, entry: Dirent, boundary: string): Promise<{ bytes: Buffer } | Refusal> {
  let target = file;
  if (entry.isSymbolicLink()) {
    const real = await fs.realpath(file).then(
      (t) => ({ t }),
      (error: unknown) => ({ error: error as NodeJS.ErrnoException }), // fs rejects with a system error
    );
    if ('error' in real) {
      if (real.error.code === 'ELOOP')
        return { reason: 'it is a symbolic link loop (ELOOP: following it leads back to a link already followed, never to a file)', hint: LINK_HINT };
      if (real.error.code === 'ENOENT' || real.error.code === 'ENOTDIR')
        return { reason: 'it is a symbolic link to nothing (a broken link)', hint: LINK_HINT };
      return cannotRead(real.error);
    }
    if (!isInside(real.t, boundary))
      return { reason: `it is a symbolic link to ${real.t}, outside the repository; migration-guard does not read it`, hint: LINK_HINT };
    const stat = await fs.stat(real.t).catch(() => undefined);
    if (!stat?.isFile()) return { reason: `it is a symbolic link to ${stat ? specialKind(stat) : 'something that is not a file'}`, hint: LINK_HINT };
    target = real.t;
  } else if (!entry.isFile()) {
    return {
      reason: `it is ${specialKind(entry)}, not a regular file, so reading it could block or never end; golang-migrate would hang or fail on it`,
      hint: SPECIAL_HINT,
    };
  }
  // Synchronous on purpose: one file at a time through the thread pool costs ~0.4 ms of waiting per file (0.8 s for
  // 1,000 migrations), where these calls take microseconds; nothing else runs while the directory is read.
  let fd: number | undefined;
  try {
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | (target === file ? constants.O_NOFOLLOW : 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: `it is ${specialKind(stat)}, not a regular file`, hint: SPECIAL_HINT };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return cannotRead(error as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // closing a descriptor we opened cannot fail in a way that changes what was read
  }
}

function cannotRead(error: NodeJS.ErrnoException): Refusal {
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return {
      reason: `it cannot be read: permission denied (${error.code})`,
      hint: 'Make the file readable by the user the job runs as (chmod a+r), as it must be for the tool that runs it.',
    };
  }
  if (error.code === 'ELOOP') return { reason: 'it is a symbolic link loop (ELOOP)', hint: LINK_HINT };
  return { reason: `it cannot be read (${error.code ?? error.message})`, hint: 'Check that the file exists and is readable, then run again.' };
}

/** What a directory entry that is not a regular file is, in words. */
export function specialKind(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/**
 * Bytes PostgreSQL would reject before running anything: invalid UTF-8
 * (the server and lib/pq use UTF8) and NUL, which cannot be part of a query
 * string. Such a file is not sent; its failure is reported as PostgreSQL's.
 */
function unsendable(bytes: Buffer, validUtf8: boolean): MigrationFile['unsendable'] {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: 'nul', offset: lenientUtf8.decode(bytes.subarray(0, nul)).length };
  if (!validUtf8) {
    const at = firstInvalidUtf8(bytes);
    const sequence = [...bytes.subarray(at, Math.min(at + sequenceLength(bytes[at]), bytes.length))]
      .map((b) => `0x${b.toString(16).padStart(2, '0')}`)
      .join(' ');
    return { kind: 'invalid-utf8', offset: lenientUtf8.decode(bytes.subarray(0, at)).length, bytes: sequence };
  }
  return undefined;
}

const sequenceLength = (lead: number) => (lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1);

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 1) return i;
    const second = bytes[i + 1];
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second >= 0xa0) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second >= 0x90)
    )
      return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}
