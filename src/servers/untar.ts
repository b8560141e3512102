import * as path from 'node:path';

/** One entry of a tar archive: a regular file with its bytes, a directory, or a symbolic link. */
export interface TarEntry {
  /** The entry's path inside the archive, with forward slashes. */
  name: string;
  kind: 'file' | 'directory' | 'symlink';
  /** Permission bits from the header (e.g. 0o755). */
  mode: number;
  data: Buffer;
  /** A symlink's target. */
  linkTarget: string;
}

const BLOCK = 512;

/**
 * The entries of an uncompressed tar archive (ustar, with pax and GNU long names), in archive order. npm tarballs are
 * plain ustar written by node-tar; reading them here keeps the fetch free of `tar` on the PATH (Windows' bsdtar and
 * GNU tar disagree on options) and of a dependency. Other entry kinds (hard links, devices) are skipped.
 */
export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | undefined;
  let longLink: string | undefined;
  for (let at = 0; at + BLOCK <= archive.length;) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break; // end of archive: two zero blocks
    const size = octal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] || 48);
    const data = archive.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      const pax: Partial<Record<string, string>> = paxRecords(data);
      longName = pax.path ?? longName;
      longLink = pax.linkpath ?? longLink;
      continue;
    }
    if (type === 'L' || type === 'K') {
      const text = data.toString('utf8').replace(/\0.*$/s, '');
      if (type === 'L') longName = text;
      else longLink = text;
      continue;
    }
    if (type === 'g') continue; // pax global header: nothing we use
    const prefix = text(header.subarray(345, 500));
    const name = longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
    const linkTarget = longLink ?? text(header.subarray(157, 257));
    longName = longLink = undefined;
    const kind = type === '0' || type === '7' ? 'file' : type === '5' ? 'directory' : type === '2' ? 'symlink' : undefined;
    if (kind)
      entries.push({ name, kind, mode: octal(header.subarray(100, 108)) & 0o7777, data: kind === 'file' ? data : Buffer.alloc(0), linkTarget });
  }
  return entries;
}

/**
 * Where an entry goes under `root` once `strip` leading components are removed (npm's `package/`); undefined for an
 * entry that would land outside `root` (an absolute path or `..`), which a well-formed package never has.
 */
export function placeUnder(root: string, name: string, strip: number): string | undefined {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length <= strip || parts.includes('..') || path.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) return undefined;
  return path.join(root, ...parts.slice(strip));
}

function text(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

function octal(field: Buffer): number {
  // Sizes over 8 GB use base-256 (first byte 0x80); no PostgreSQL file is that big.
  return parseInt(text(field).trim() || '0', 8);
}

/** `length key=value\n` records of a pax extended header. */
function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString('ascii'));
    if (space === -1 || !length) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
}
