import type { NameResult } from '../format';
import { goQuote } from './go-text';

/**
 * goose's file names (NumericComponent in migration.go, collectMigrationsFS in migrate.go):
 * `<version>_<title>.sql`, the version being everything before the first `_`, read by
 * strconv.ParseInt(s, 10, 64) (an optional sign, decimal digits, at most 2^63-1) and greater than zero.
 * The goose command reads every `*.sql` in the directory (case-sensitive, no subdirectories) and stops
 * on the first one whose name does not parse, so such a file is reported; other extensions are ignored,
 * and `.go` files with a version are Go migrations, which need a custom goose binary.
 */
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

type Version = { ok: true; version: bigint } | { ok: false; error: string };

/** NumericComponent, with its error wording. */
export function numericComponent(base: string): Version {
  const separator = base.indexOf('_');
  if (separator < 0) return { ok: false, error: "no filename separator '_' found" };
  const digits = base.slice(0, separator);
  if (!/^[+-]?[0-9]+$/.test(digits)) {
    const cause = `strconv.ParseInt: parsing ${goQuote(digits)}: invalid syntax`;
    return { ok: false, error: `failed to parse version from migration file: ${base}: ${cause}` };
  }
  const version = BigInt(digits);
  if (version > INT64_MAX || version < INT64_MIN) {
    const cause = `strconv.ParseInt: parsing ${goQuote(digits)}: value out of range`;
    return { ok: false, error: `failed to parse version from migration file: ${base}: ${cause}` };
  }
  if (version < 1n) return { ok: false, error: 'migration version must be greater than zero' };
  return { ok: true, version };
}

/** filepath.Ext: from the last dot of the base name. */
function extension(base: string): string {
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot);
}

export function parseGooseName(fileName: string): NameResult {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const ext = extension(base);
  if (ext === '.go') {
    // goose skips _test.go files and .go files without a version; the others are Go migrations.
    const version = numericComponent(base);
    if (base.endsWith('_test.go') || !version.ok) {
      return { ok: false, lookalike: false, reason: 'a .go file that goose does not treat as a migration' };
    }
    return {
      ok: false,
      lookalike: true,
      code: { version: version.version, versionText: base.slice(0, base.indexOf('_')) },
      reason:
        'is a goose Go migration: it runs only in a custom goose binary that registers its Go functions, ' +
        'so migration-guard cannot run it (it checks SQL migrations only)',
    };
  }
  if (ext !== '.sql') return { ok: false, lookalike: false, reason: 'not a .sql file, which goose ignores' };
  const parsed = numericComponent(base);
  if (!parsed.ok) {
    const reason = `goose refuses the whole directory: could not parse SQL migration file ${goQuote(base)}: ${parsed.error}`;
    return { ok: false, lookalike: true, reason };
  }
  const separator = base.indexOf('_');
  return {
    ok: true,
    name: { version: parsed.version, versionText: base.slice(0, separator), identifier: base.slice(separator + 1, base.length - ext.length) },
  };
}
