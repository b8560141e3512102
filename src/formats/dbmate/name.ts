import type { NameResult } from '../format';

/**
 * dbmate's file-name grammar (pkg/dbmate/db.go, `migrationFileRegexp`), reproduced exactly:
 * `^(\d+).*\.sql$`. No underscore is required (`1.sql`, `2a.sql` and `003-x.sql` all run), the
 * version is any number of ASCII digits compared as a string (dbmate writes it to a varchar column),
 * and the extension is lower-case `.sql`. Go's `.` stops only at `\n`, hence `[^\n]`.
 * Directories and anything else are skipped without a word.
 */
const NAME = /^([0-9]+)([^\n]*)\.sql$/;

export function parseDbmateName(fileName: string): NameResult {
  const m = NAME.exec(fileName);
  if (!m) return { ok: false, reason: whyNotParsed(fileName), lookalike: looksLikeMigration(fileName) };
  const [, versionText, rest] = m;
  // The title is whatever follows the digits; dbmate's own `dbmate new` writes `<timestamp>_<name>.sql`.
  const identifier = rest.startsWith('_') ? rest.slice(1) : rest;
  return { ok: true, name: { version: BigInt(versionText), versionText, identifier } };
}

function whyNotParsed(name: string): string {
  if (name.includes('\n') && /^[0-9]+[\s\S]*\.sql$/.test(name))
    return "its name holds a line break, which dbmate's name pattern does not match across";
  if (!/^[0-9]/.test(name)) return 'dbmate only runs files whose name starts with the version number (`^(\\d+).*\\.sql$`)';
  if (/\.sql$/i.test(name)) return 'the extension must be lower-case `.sql`';
  return 'it does not end in `.sql`';
}

/** A skipped name that was probably meant as a migration (a README.md or .gitkeep beside them is not). */
function looksLikeMigration(fileName: string): boolean {
  if (fileName.startsWith('.')) return false;
  return /\.sql$/i.test(fileName) || /^[0-9]+_/.test(fileName);
}
