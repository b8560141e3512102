import type { IgnoredFinding } from '../../src/check-support/ignore-comments';
import type { Finding } from '../../src/findings';
import type { Outcome } from '../../src/outcome';
import { added, DIR, engineRun, golangMigrate, migrationSet } from './facts';

/**
 * A pull request a reviewer would meet (fabricated, no PostgreSQL): an incomplete down (an error), an index built
 * without CONCURRENTLY with a verified fix that adds a migration of its own, the same lock warning in five files,
 * and two findings silenced by comments (ours and Squawk's). The reports' tests render it.
 */
export const FILES: Record<string, string> = {
  '000001_create_customers.up.sql': 'CREATE TABLE customers (id int, email text);\n',
  '000001_create_customers.down.sql': 'DROP TABLE customers;\n',
  '000002_customer_profile.up.sql':
    "SET lock_timeout = '5s';\nALTER TABLE customers ADD COLUMN avatar_url text;\nCREATE INDEX customers_email_idx\n  ON customers (email);\n",
  '000002_customer_profile.down.sql': '-- nothing to undo?\nSELECT 1;\n',
  ...Object.fromEntries(
    [3, 4, 5, 6, 7].flatMap((v) => [
      [`00000${v}_t${v}.up.sql`, `-- migration-guard:ignore destructive-drop t${v} is empty\nALTER TABLE customers ADD COLUMN c${v} int;\n`],
      [`00000${v}_t${v}.down.sql`, `ALTER TABLE customers DROP COLUMN c${v};\n`],
    ]),
  ),
};

export const set = migrationSet(golangMigrate, FILES);
const at = (name: string) => `${DIR}/${name}`;

export const DOWN_INCOMPLETE: Finding = {
  check: 'down-incomplete',
  severity: 'error',
  file: at('000002_customer_profile.down.sql'),
  line: 2,
  version: '000002',
  message:
    '000002_customer_profile.down.sql does not restore the schema: column customers.avatar_url is still there; index customers_email_idx is still there. Running the up again then fails',
  hint: 'The up file changes it at 000002_customer_profile.up.sql:2; undo that in the down file.',
};

export const BLOCKING_INDEX: Finding = {
  check: 'blocking-index-build',
  severity: 'warning',
  file: at('000002_customer_profile.up.sql'),
  line: 3,
  endLine: 4,
  version: '000002',
  message: 'CREATE INDEX on existing table customers without CONCURRENTLY: writes to customers wait for the whole build',
  hint: 'Build it with CREATE INDEX CONCURRENTLY in a migration of its own.',
  fix: {
    verified: true,
    summary: 'Builds the index with CREATE INDEX CONCURRENTLY in a migration of its own.',
    files: [
      { path: at('000002_customer_profile.up.sql'), content: "SET lock_timeout = '5s';\nALTER TABLE customers ADD COLUMN avatar_url text;\n" },
      {
        path: at('000008_customers_email_idx.up.sql'),
        content: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_email_idx ON customers (email);\n',
      },
      { path: at('000008_customers_email_idx.down.sql'), content: 'DROP INDEX CONCURRENTLY IF EXISTS customers_email_idx;\n' },
    ],
  },
};

export const LOCK_WARNINGS: Finding[] = [3, 4, 5, 6, 7].map((v) => ({
  check: 'missing-lock-timeout',
  severity: 'warning',
  file: at(`00000${v}_t${v}.up.sql`),
  line: 2,
  version: `00000${v}`,
  message: `takes ACCESS EXCLUSIVE on existing table customers with no lock_timeout set in the file`,
  hint: "Set a short lock_timeout at the top of the file (SET LOCAL lock_timeout = '5s').",
}));

export const IGNORED: IgnoredFinding[] = [
  {
    check: 'destructive-drop',
    severity: 'warning',
    message: 'drops column customers.c3',
    file: at('000003_t3.up.sql'),
    line: 2,
    version: '000003',
    reason: 't3 is empty',
    by: { line: 1, comment: '-- migration-guard:ignore destructive-drop t3 is empty' },
  },
  {
    check: 'destructive-drop',
    severity: 'warning',
    message: 'drops column customers.c4',
    file: at('000004_t4.down.sql'),
    line: 1,
    version: '000004',
    reason: 'squawk-ignore ban-drop-column',
    by: { line: 1, comment: '-- squawk-ignore ban-drop-column' },
  },
];

/** The outcome with these findings (sorted as the judge sorts them) and the given verdict. */
export function outcomeOf(findings: Finding[], failing: Finding[], extra: Partial<Outcome> = {}): Outcome {
  const exitCode = extra.exitCode ?? (failing.length ? 1 : 0);
  return {
    set,
    run: {
      ...engineRun(set, { '2': { downDiff: [added('column', 'customers.avatar_url')] } }),
      postgresVersionReason: 'the newest PostgreSQL server binaries installed on this machine (/usr/lib/postgresql/16/bin)',
    },
    findings,
    failing,
    verdict: exitCode === 0 ? 'passed' : 'failed',
    exitCode,
    ...extra,
  };
}

/** The whole pull request: 1 error fails (fail-on: error), 6 warnings do not, 2 silenced. */
export const REVIEW = outcomeOf([DOWN_INCOMPLETE, BLOCKING_INDEX, ...LOCK_WARNINGS], [DOWN_INCOMPLETE], { ignored: IGNORED });
