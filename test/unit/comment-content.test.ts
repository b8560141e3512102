import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings';
import { codeBlock } from '../../src/report/excerpt';
import { blockingSentence, withoutRunnerPaths } from '../../src/report/headline';
import { renderMarkdown } from '../../src/report/markdown';
import { maskOutcome } from '../../src/report/mask';
import { formatText } from '../../src/report/text';
import { DIR, golangMigrate, migrationSet } from '../helpers/facts';
import { BLOCKING_INDEX, DOWN_INCOMPLETE, FILES, LOCK_WARNINGS, outcomeOf, REVIEW } from '../helpers/report-outcome';

const render = (outcome = REVIEW, failOn?: 'error' | 'warning' | 'never') =>
  renderMarkdown(outcome, { root: '/repo', maxChars: 60_000, overflowTo: 'the job summary', failOn });

describe('the first line says what blocks the merge', () => {
  const warning = LOCK_WARNINGS[0];
  const CASES: [string, Finding[], Finding[], 0 | 1 | 2, string][] = [
    [
      'errors fail, warnings do not',
      [DOWN_INCOMPLETE, ...LOCK_WARNINGS],
      [DOWN_INCOMPLETE],
      1,
      '1 error blocks this merge; 5 warnings do not (fail-on: error)',
    ],
    [
      'fail-on: warning',
      [DOWN_INCOMPLETE, ...LOCK_WARNINGS],
      [DOWN_INCOMPLETE, ...LOCK_WARNINGS],
      1,
      '1 error and 5 warnings block this merge (fail-on: warning)',
    ],
    ['only warnings, below fail-on', [warning], [], 0, 'nothing blocks this merge; 1 warning does not (fail-on: error)'],
    ['fail-on: never', [DOWN_INCOMPLETE], [], 0, 'nothing blocks this merge; 1 error does not (fail-on: never)'],
    ['no findings', [], [], 0, 'nothing blocks this merge: no findings'],
    ['could not check', [], [], 2, 'could not check everything, which blocks this merge'],
    [
      'could not check, with an error',
      [DOWN_INCOMPLETE, warning],
      [DOWN_INCOMPLETE],
      2,
      'could not check everything, which blocks this merge; 1 error blocks it too; 1 warning does not (fail-on: error)',
    ],
  ];
  it('reads every case of the table', () => expect(CASES).toHaveLength(7));

  it.each(CASES)('%s', (_label, findings, failing, exitCode, sentence) => {
    const failOn = _label.includes('warning') && failing.length > 1 ? 'warning' : _label.includes('never') ? 'never' : 'error';
    expect(blockingSentence({ findings, failing, exitCode }, failOn, 'this merge')).toBe(sentence);
    const heading = render(outcomeOf(findings, failing, { exitCode }), failOn).split('\n')[0];
    expect(heading.slice(heading.indexOf(' ', 3) + 1)).toBe(sentence[0].toUpperCase() + sentence.slice(1));
  });

  it('reads fail-on back from the failing findings when the caller does not give it', () => {
    expect(render().split('\n')[0]).toBe('## ❌ 1 error blocks this merge; 6 warnings do not (fail-on: error)');
  });
});

describe('findings by migration file', () => {
  const body = render();

  it('puts files with errors first, each finding with the SQL it points at and its fix in sight', () => {
    const headings = body.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings).toEqual(['#### ❌ `000002_customer_profile.down.sql`', '#### ⚠️ `000002_customer_profile.up.sql`', '#### In several files']);
    expect(body).toContain('```sql\n  SELECT 1;\n  ```');
    expect(body).toContain('```sql\n  CREATE INDEX customers_email_idx\n    ON customers (email);\n  ```');
    expect(body).toContain('**How to fix:** The up file changes it at 000002_customer_profile.up.sql:2; undo that in the down file.');
    expect(body).not.toContain('<details><summary>How to fix');
  });

  it('shows a verified fix: the files it adds whole, the file it edits as a note (the review comment carries the diff)', () => {
    expect(body).toContain('**Verified fix:** Builds the index with CREATE INDEX CONCURRENTLY in a migration of its own.');
    expect(body).toContain(
      'New file `000008_customers_email_idx.up.sql`:\n\n  ```sql\n  CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_email_idx ON customers (email);\n  ```',
    );
    expect(body).toContain('Changes `000002_customer_profile.up.sql`: the review comment on the line suggests the change');
    expect(body).not.toContain('ALTER TABLE customers ADD COLUMN avatar_url text;\n  ```\n\n  Changes');
  });

  it('says a warning repeated across files once, naming the files, with a cap', () => {
    expect(body).toMatch(
      /^- ⚠️ \[`missing-lock-timeout`\]\(.*\) in 5 files: `000003_t3\.up\.sql:2`, `000004_t4\.up\.sql:2`, .*`000007_t7\.up\.sql:2`$/m,
    );
    expect(body.match(/missing-lock-timeout/g)?.length).toBe(2); // the line and its docs link, not once per file
    const many = Array.from({ length: 12 }, (_, i): Finding => ({ ...LOCK_WARNINGS[0], file: `${DIR}/0000${10 + i}_x.up.sql` }));
    expect(render(outcomeOf(many, []))).toMatch(/in 12 files: .*`000017_x\.up\.sql:2`, … and 4 more$/m);
  });

  it('breaks a comment marker inside quoted SQL, so that no other directory’s run takes this comment for its own', () => {
    const set = migrationSet(golangMigrate, { ...FILES, '000002_customer_profile.down.sql': 'SELECT 1; -- <!-- migration-guard:other -->\n' });
    const body = render(outcomeOf([{ ...DOWN_INCOMPLETE, line: 1 }], [DOWN_INCOMPLETE], { set }));
    expect(body).toContain('SELECT 1; -- <!\u200B-- migration-guard:other -->');
    expect(body).not.toContain('<!-- migration-guard:other');
  });

  it('masks a secret the quoted SQL, a fix or an ignore comment holds, as everything else the reports print', () => {
    const secret = 'hunter2-Secret';
    const set = migrationSet(golangMigrate, { ...FILES, '000002_customer_profile.down.sql': `SELECT '${secret}';\n` });
    const fix = { verified: true as const, summary: `drops ${secret}`, files: [{ path: `${DIR}/000009_x.up.sql`, content: `-- ${secret}\n` }] };
    const [ours] = REVIEW.ignored ?? [];
    const outcome = outcomeOf([{ ...DOWN_INCOMPLETE, line: 1, fix }], [DOWN_INCOMPLETE], {
      set,
      ignored: [{ ...ours, by: { line: 1, comment: `-- migration-guard:ignore destructive-drop ${secret}` } }],
    });
    expect(render(outcome)).toContain(secret);
    const masked = maskOutcome(outcome, [secret]);
    for (const out of [render(masked), formatText(masked, '/repo')]) {
      expect(out).toContain('***');
      expect(out).not.toContain(secret);
    }
  });

  it('shows the statement under a comment when the finding points at the file’s first line', () => {
    const whole = render(outcomeOf([{ ...DOWN_INCOMPLETE, line: 1 }], [DOWN_INCOMPLETE]));
    expect(whole).toContain('```sql\n  -- nothing to undo?\n  SELECT 1;\n  ```');
  });

  it('quotes SQL in a fence no backtick run inside can close', () => {
    expect(codeBlock('SELECT 1 -- ```` here', 'sql')).toBe('`````sql\nSELECT 1 -- ```` here\n`````');
    const set = migrationSet(golangMigrate, { ...FILES, '000002_customer_profile.down.sql': "-- ```\nSELECT '```';\n" });
    expect(render(outcomeOf([DOWN_INCOMPLETE], [DOWN_INCOMPLETE], { set }))).toContain("  ````sql\n  SELECT '```';\n  ````");
  });

  it('has a migrations table that agrees with the findings: a migration with an error never reads as fine', () => {
    const rows = body.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(7);
    expect(rows[1]).toBe('| `000002_customer_profile` | ❌ 1 ⚠️ 1 | ok · ok · ok | down incomplete |');
    expect(rows[0]).toBe('| `000001_create_customers` | ✅ | ok · ok · ok | restored |');
    expect(rows[2]).toMatch(/^\| `000003_t3` \| ⚠️ 1 \|/);
  });

  it('shows no runner path: binaries and temp directories are the runner’s, not the reviewer’s', () => {
    expect(body).toContain('(local, because the newest PostgreSQL server binaries installed on this machine);');
    expect(body).not.toContain('/usr/lib');
    const stopped = render(outcomeOf([], [], { exitCode: 2, infrastructureError: 'initdb failed in /tmp/mg-abc123/data: see /tmp/mg-abc123/log' }));
    expect(stopped).toContain('**Could not finish:** initdb failed in …/data: see …/log');
    expect(withoutRunnerPaths('cannot read /repo/db/migrations/1_a.up.sql (/usr/lib/postgresql/16/bin)', '/repo')).toBe(
      'cannot read db/migrations/1_a.up.sql',
    );
    expect(withoutRunnerPaths('see https://example.com/a/b and up/down', '/repo')).toBe('see https://example.com/a/b and up/down');
  });
});

describe('silenced findings', () => {
  const body = render();

  it('are listed, folded, each with the comment that silenced it and its line, ours or another linter’s', () => {
    expect(body).toContain('<details><summary>2 finding(s) silenced by comments (1 `-- migration-guard:ignore`, 1 `squawk-ignore`)</summary>');
    expect(body).toContain(
      '- ⚠️ `destructive-drop` at `db/migrations/000003_t3.up.sql:2`, silenced on line 1 by `-- migration-guard:ignore destructive-drop`: t3 is empty',
    );
    expect(body).toContain(
      '- ⚠️ `destructive-drop` at `db/migrations/000004_t4.down.sql:1`, silenced on line 1 by `-- squawk-ignore ban-drop-column`',
    );
    expect(body).not.toContain('silenced by `-- migration-guard:ignore` comments');
  });

  it('say when our comment gave no reason', () => {
    const [ours] = REVIEW.ignored ?? [];
    const bare = { ...ours, reason: undefined, by: { line: 1, comment: '-- migration-guard:ignore destructive-drop' } };
    expect(render(outcomeOf([], [], { ignored: [bare] }))).toContain('`-- migration-guard:ignore destructive-drop` (no reason given)');
  });
});

describe('snapshots of what people read', () => {
  it('the PR comment', () => {
    const body = render();
    expect(body.length).toBeGreaterThan(1000);
    expect(body.replace(/blob\/(v[^/]+|main)\//g, 'blob/<release>/')).toMatchSnapshot();
  });

  it('the console text: the same grouping, the SQL, the fix and a docs link per check', () => {
    const text = formatText(REVIEW, '/repo');
    expect(text.split('\n')[0]).toBe('db/migrations/000002_customer_profile.down.sql');
    expect(text).toContain('    2 | SELECT 1;');
    expect(text).toContain('  missing-lock-timeout  https://');
    expect(text.match(/docs\/checks\/missing-lock-timeout\.md/g)).toHaveLength(1);
    expect(text).toContain(
      'silenced by comments: 2\n  destructive-drop  db/migrations/000003_t3.up.sql:2  by -- migration-guard:ignore destructive-drop t3 is empty (line 1)\n',
    );
    expect(text).toContain('warning  missing-lock-timeout in 5 files: 000003_t3.up.sql:2, 000004_t4.up.sql:2');
    expect(text.replace(/blob\/(v[^/]+|main)\//g, 'blob/<release>/')).toMatchSnapshot();
    const quiet = formatText(REVIEW, '/repo', { quiet: true });
    expect(quiet).not.toContain(' | ');
    expect(quiet).not.toContain('docs:');
    expect(quiet).toContain('    verified fix: Builds the index');
  });

  it('the console text of a finding with no fix, no line and no file', () => {
    const dirFinding: Finding = { check: 'sequence-gap', severity: 'notice', message: 'gap before 000002' };
    const text = formatText(outcomeOf([BLOCKING_INDEX, dirFinding], []), '/repo', { quiet: true });
    expect(text).toContain('(directory)\n  notice  sequence-gap  gap before 000002\n');
  });
});
