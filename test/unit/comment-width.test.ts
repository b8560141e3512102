import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings';
import type { Outcome } from '../../src/outcome';
import { renderMarkdown } from '../../src/report/markdown';
import { DIR, engineRun, golangMigrate, migrationSet } from '../helpers/facts';

/** A PR comment's column holds about 100 characters of text; a table row longer than that scrolls sideways. */
const COLUMN = 100;

const set = migrationSet(golangMigrate, {
  '000001_create_customers.up.sql': 'CREATE TABLE customers (id int);\n',
  '000001_create_customers.down.sql': 'DROP TABLE customers;\n',
  '000002_customer_profile.up.sql': 'ALTER TABLE customers ADD COLUMN avatar_url text;\n',
  '000002_customer_profile.down.sql': 'SELECT 1;\n',
});

const LONG: Finding = {
  check: 'down-incomplete',
  severity: 'error',
  file: `${DIR}/000002_customer_profile.down.sql`,
  line: 1,
  version: '000002',
  message:
    '000002_customer_profile.down.sql does not restore the schema: column customers.avatar_url is still there; enum customer_tier is still ' +
    'there; function customer_label(c customers) is still there; index customers_email_idx is still there. Running the up again then fails',
  hint: 'The up file changes it at 000002_customer_profile.up.sql:3; undo that in the down file.',
};
const SHORT: Finding = {
  check: 'sequence-gap',
  severity: 'notice',
  file: `${DIR}/000002_customer_profile.up.sql`,
  line: 1,
  message: 'gap before 000002',
};

const outcome: Outcome = {
  set,
  run: engineRun(set),
  findings: [LONG, SHORT],
  failing: [LONG],
  verdict: 'failed',
  exitCode: 1,
};

/** What a reader sees of a Markdown line: link destinations are not shown. */
const visible = (line: string) => line.replace(/\]\([^)]*\)/g, ']');

describe('the PR comment at comment width', () => {
  const body = renderMarkdown(outcome, {
    root: '/repo',
    maxChars: 60_000,
    overflowTo: 'the job summary',
    fileLink: (f, l) => `https://github.com/o/r/blob/abc/${f}#L${l ?? 1}`,
  });
  const lines = body.split('\n');

  it('lists the findings instead of tabulating them, each hint folded', () => {
    const items = lines.filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(
      /^- ❌ \[`down-incomplete`\]\(.*\) at \[`db\/migrations\/000002_customer_profile\.down\.sql:1`\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/.*\): 000002_customer_profile/,
    );
    expect(items[1]).toMatch(/^- ℹ️ \[`sequence-gap`\]/);
    expect(body).toContain(
      '  <details><summary>How to fix</summary>\n\n  The up file changes it at 000002_customer_profile.up.sql:3; undo that in the down file.\n\n  </details>',
    );
  });

  it('has no table row wider than the column', () => {
    const rows = lines.filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((r) => visible(r).length > COLUMN)).toEqual([]);
  });
});
