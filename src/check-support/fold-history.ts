import type { Finding } from '../findings';

/**
 * The lock and data rules: they judge what a migration does to tables with rows, which matters for the migrations a
 * deploy is about to run, not for ones merged long ago. Every other check speaks whatever the migration.
 */
export const CHANGE_CHECKS: ReadonlySet<string> = new Set([
  'blocking-index-build',
  'table-rewrite',
  'validating-constraint',
  'foreign-key-locks-parent',
  'missing-lock-timeout',
  'lock-held-across-statements',
  'destructive-drop',
  'breaking-rename',
  'unbatched-backfill',
  'up-fails-on-data',
  'down-loses-data',
  'reup-fails-on-data',
  'down-fails-on-data',
  'seed-skipped',
]);

/** The migrations the lock and data rules report on (pipeline/scope.ts decides it). */
export interface ChangeScope {
  versions: ReadonlySet<bigint>;
  /** How the log names the change: "the pending migrations", "the newest change (...)". */
  what: string;
  /** How the notice names the migrations outside it. */
  others: 'merged' | 'applied' | 'older';
}

export interface Folded {
  /** Findings listed: every check's on the change, and the others' everywhere, then one notice per folded check. */
  findings: Finding[];
  /** The lock and data findings on migrations outside the change (the JSON report's `folded`). */
  folded: Finding[];
}

/**
 * History folded: the lock and data findings of migrations outside the change become one notice per check ("412
 * findings on 268 merged migrations; `--scope all` lists them"); the findings themselves stay in `folded`.
 * Without a change (scope: all set) everything is listed.
 */
export function foldHistory(findings: readonly Finding[], change: ChangeScope | undefined): Folded {
  if (!change) return { findings: [...findings], folded: [] };
  const outside = (f: Finding) =>
    CHANGE_CHECKS.has(f.check) && f.version !== undefined && /^\d+$/.test(f.version) && !change.versions.has(BigInt(f.version));
  const folded = findings.filter(outside);
  const byCheck = new Map<string, Finding[]>();
  for (const f of folded) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f]);
  const notices = [...byCheck].map(([check, these]) => foldNotice(check, these, change.others));
  return { findings: [...findings.filter((f) => !outside(f)), ...notices], folded };
}

function foldNotice(check: string, findings: Finding[], others: ChangeScope['others']): Finding {
  const migrations = new Set(findings.map((f) => f.version)).size;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const severe = [errors && count(errors, 'error'), warnings && count(warnings, 'warning')].filter(Boolean).join(', ');
  // Shown where the newest of them is, as directory-wide findings name a file (annotations need one).
  const newest = findings.reduce((a, b) => (BigInt(b.version ?? 0) > BigInt(a.version ?? 0) ? b : a));
  return {
    check,
    severity: 'notice',
    file: newest.file,
    line: newest.line,
    message: `${count(findings.length, 'finding')}${severe ? ` (${severe})` : ''} on ${count(migrations, `${others} migration`)}; \`--scope all\` lists them`,
    hint:
      others === 'older'
        ? 'Without a base or a target database only the newest change is judged: the newest migration and those within 24 hours before it. ' +
          "Set base-ref (CLI: --base) to judge what your change adds; the JSON report's `folded` holds these findings."
        : "Only the migrations this change would deploy are judged; the JSON report's `folded` holds these findings.",
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
