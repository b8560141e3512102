/**
 * Other linters' suppression comments, read as ours: a team that silenced Atlas or Squawk on a statement has already
 * decided about that hazard, so the equivalent migration-guard checks are silenced there too (and counted as ignored).
 *
 * - `-- atlas:nolint` (bare: every check below that answers an Atlas analyzer), `-- atlas:nolint DS103 MF103` or
 *   `-- atlas:nolint destructive data_depend` (codes or analyzer names, space or comma separated): the statement that
 *   follows; at the top of the file, separated from the first statement by a blank line: the whole file (Atlas's rule).
 * - `-- squawk-ignore rule[, rule...]` (bare: every mapped rule): the statement that follows (or the one it sits in).
 * - `-- squawk-ignore-file [rule, ...]`: the whole file, wherever it stands (Squawk's rule).
 *
 * Only what truly corresponds is mapped; a code or rule with no counterpart here silences nothing.
 * Sources: atlasgo.io/lint/analyzers (codes) and /versioned/lint (nolint); Squawk's rule pages and ignore.rs.
 */

/** Atlas check codes -> migration-guard checks. Codes absent here (DS101, CD101, PG102, PG103, PG110, NM*, MY*) map to nothing. */
export const ATLAS_CODES: Readonly<Record<string, readonly string[]>> = {
  DS102: ['destructive-drop'], // table dropped
  DS103: ['destructive-drop'], // non-virtual column dropped
  BC101: ['breaking-rename'], // table renamed
  BC102: ['breaking-rename'], // column renamed
  MF101: ['up-fails-on-data'], // unique index on an existing column (duplicates)
  MF102: ['up-fails-on-data'], // index made unique
  MF103: ['up-fails-on-data'], // non-nullable column added to an existing table
  MF104: ['up-fails-on-data'], // nullable column made non-nullable
  PG101: ['blocking-index-build'], // CREATE INDEX without CONCURRENTLY
  PG104: ['validating-constraint'], // PRIMARY KEY constraint (not USING INDEX)
  PG105: ['validating-constraint'], // UNIQUE constraint (not USING INDEX)
  PG301: ['table-rewrite'], // column type change that rewrites
  PG302: ['table-rewrite'], // column with a volatile DEFAULT
  PG303: ['validating-constraint'], // SET NOT NULL scans the table
  PG304: ['validating-constraint'], // PRIMARY KEY on nullable columns scans
  PG305: ['validating-constraint'], // CHECK without NOT VALID scans
};

/** Atlas analyzer names (`-- atlas:nolint destructive`) -> the code families they report. */
const ATLAS_ANALYZERS: Readonly<Record<string, string>> = {
  destructive: 'DS',
  incompatible: 'BC',
  data_depend: 'MF',
  concurrent_index: 'PG1',
};

/** Squawk rule names -> migration-guard checks. Rules absent here (prefer-robust-stmts, ban-char-field, ...) map to nothing. */
export const SQUAWK_RULES: Readonly<Record<string, readonly string[]>> = {
  'require-concurrent-index-creation': ['blocking-index-build'],
  'constraint-missing-not-valid': ['validating-constraint'],
  'adding-foreign-key-constraint': ['validating-constraint', 'foreign-key-locks-parent'],
  'disallowed-unique-constraint': ['validating-constraint'],
  'adding-not-nullable-field': ['validating-constraint', 'up-fails-on-data'], // SET NOT NULL: scans, fails on NULLs
  'adding-required-field': ['up-fails-on-data'], // ADD COLUMN NOT NULL without a DEFAULT
  'adding-serial-primary-key-field': ['table-rewrite', 'validating-constraint'],
  'adding-field-with-default': ['table-rewrite'],
  'changing-column-type': ['table-rewrite'],
  'ban-drop-column': ['destructive-drop'],
  'ban-drop-table': ['destructive-drop'],
  'renaming-column': ['breaking-rename'],
  'renaming-table': ['breaking-rename'],
  'require-timeout-settings': ['missing-lock-timeout'],
  'require-lock-timeout': ['missing-lock-timeout'],
};

const unique = (ids: readonly string[]) => [...new Set(ids)];
const ALL_ATLAS = unique(Object.values(ATLAS_CODES).flat());
const ALL_SQUAWK = unique(Object.values(SQUAWK_RULES).flat());

/** Where a directive applies: the statement it precedes (or sits in), or the whole file wherever it stands. */
export type Reach = 'statement' | 'file';

export interface ForeignDirective {
  checks: string[];
  reach: Reach;
  /** The comment as written, kept as the ignored findings' reason. */
  reason: string;
  /** Atlas's file directive: at the top, separated by a blank line (our own comments' rule too). */
  headerMeansFile: boolean;
}

// `-- ...` or a one-line `/* ... */`, as both tools read them.
const ATLAS = /(?:--|\/\*)\s*atlas:nolint\b(.*?)(?:\*\/\s*)?$/;
const SQUAWK = /(?:--|\/\*)\s*squawk-ignore(-file)?(?![\w-])(.*?)(?:\*\/\s*)?$/;

function atlasChecks(words: string[]): string[] {
  if (!words.length) return ALL_ATLAS;
  return unique(
    words.flatMap((w) => {
      const family = ATLAS_ANALYZERS[w.toLowerCase()];
      if (family) return Object.entries(ATLAS_CODES).flatMap(([code, ids]) => (code.startsWith(family) ? ids : []));
      return ATLAS_CODES[w.toUpperCase()] ?? [];
    }),
  );
}

/** Reads one line; undefined when it holds no Atlas or Squawk suppression. */
export function foreignDirective(line: string): ForeignDirective | undefined {
  const atlas = ATLAS.exec(line);
  if (atlas) {
    const words = atlas[1].split(/[\s,]+/).filter(Boolean);
    return { checks: atlasChecks(words), reach: 'statement', reason: `atlas:nolint${atlas[1]}`.trim(), headerMeansFile: true };
  }
  const squawk = SQUAWK.exec(line);
  if (squawk) {
    // Squawk ends the rule list at a second `--` (a trailing remark).
    const names = squawk[2]
      .split('--')[0]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const checks = names.length ? unique(names.flatMap((n) => SQUAWK_RULES[n] ?? [])) : ALL_SQUAWK;
    return {
      checks,
      reach: squawk[1] ? 'file' : 'statement',
      reason: `squawk-ignore${squawk[1] ? '-file' : ''}${squawk[2]}`.trim(),
      headerMeansFile: false,
    };
  }
  return undefined;
}

/** Cheap test before a file is read line by line. */
export function mayHoldForeignDirective(text: string): boolean {
  return text.includes('atlas:nolint') || text.includes('squawk-ignore');
}
