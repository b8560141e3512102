/**
 * golang-migrate's file-name grammar (source/parse.go), reproduced exactly:
 * `^([0-9]+)_(.*)\.(down|up)\.(.*)$` with the version parsed as an unsigned 64-bit integer.
 * Anything else is silently skipped by golang-migrate; we return why instead.
 */
export type Direction = 'up' | 'down';

export interface ParsedName {
  version: bigint;
  identifier: string;
  direction: Direction;
  extension: string;
}

// Go's `.` does not match a line break (no (?s) flag), so a name holding one never matches: skipped.
const NAME = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
/** The same pattern with `.` matching line breaks too: what the name would be without them. */
const NAME_ACROSS_LINES = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/s;
export const MAX_VERSION = 2n ** 64n - 1n;

export type ParseResult = { ok: true; name: ParsedName } | { ok: false; reason: string };

export function parseMigrationName(fileName: string): ParseResult {
  const m = NAME.exec(fileName);
  if (!m) return { ok: false, reason: whyNotParsed(fileName) };
  const version = BigInt(m[1]);
  if (version > MAX_VERSION) {
    return { ok: false, reason: `its version ${m[1]} does not fit in an unsigned 64-bit integer` };
  }
  return { ok: true, name: { version, identifier: m[2], direction: m[3] as Direction, extension: m[4] } };
}

/** A human explanation of why golang-migrate's regex rejects a name, for the finding message. */
function whyNotParsed(name: string): string {
  if (name.includes('\n') && NAME_ACROSS_LINES.test(name))
    return "its name holds a line break, which golang-migrate's name pattern does not match across";
  if (!/^[0-9]/.test(name)) return 'it does not start with a version number';
  if (!/^[0-9]+_/.test(name)) return 'the version is not followed by an underscore';
  if (/\.(up|down)\./i.test(name)) return 'the direction must be lower-case `.up.` or `.down.`';
  if (/[._-](up|down)\.[^.]*$/i.test(name)) return 'the direction must be written `.up.` or `.down.` before the extension';
  if (/\.(up|down)$/i.test(name)) return 'it has no extension after `.up`/`.down`';
  return 'it has no `.up.` or `.down.` part';
}

/**
 * Whether a skipped file looks like it was meant to be a migration, so that
 * README.md or .gitkeep beside the migrations are not reported.
 */
export function looksLikeMigration(fileName: string): boolean {
  if (fileName.startsWith('.')) return false;
  return /\.sql$/i.test(fileName) || /^[0-9]+[_-]/.test(fileName) || /[._-](up|down)\b/i.test(fileName);
}
