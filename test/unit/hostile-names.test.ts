import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings';
import type { Outcome } from '../../src/outcome';
import { markdownMessage } from '../../src/report/escape';
import { sarifText } from '../../src/report/machine-readable';
import { renderSummary } from '../../src/report/summary';
import { formatText } from '../../src/report/text';
import { annotationCommand } from '../../src/report/workflow-commands';
import { golangMigrate, migrationSet } from '../helpers/facts';

// A file name with a right-to-left override shows `000002_gnp.up.sql` reversed as `000002_up.sql`-like text; a table
// named with backticks once paired with the quotes of our messages and swallowed the text between them.
const set = migrationSet(golangMigrate, { '000001_a```b.up.sql': 'SELECT 1;\n', '000002_\u202Egnp.up.sql': 'SELECT 1;\n' });
const [ticks, bidi] = set.files;
const findings: Finding[] = [
  {
    check: 'down-incomplete',
    severity: 'error',
    message: `${ticks.name} does not restore the schema: table "x\`\`\`y" is still there; run \`migrate down\``,
    file: ticks.path,
    line: 1,
  },
  { check: 'empty-file', severity: 'warning', message: `${bidi.name} holds only comments`, hint: 'see \u2066this\u2069', file: bidi.path, line: 1 },
];
const outcome: Outcome = { set, findings, failing: [findings[0]], verdict: 'failed', exitCode: 1 };
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('hostile names in every output', () => {
  it('shows bidirectional controls as visible escapes in text, Markdown, annotations and SARIF messages', () => {
    const outputs = {
      text: formatText(outcome, '/repo'),
      markdown: renderSummary(outcome, '/repo'),
      annotations: findings.map((f) => annotationCommand(f, '/repo').replace(/^::\w+ [^:]*::/, '')).join('\n'),
      sarif: JSON.stringify(
        (JSON.parse(sarifText(outcome, '/repo', [])) as { runs: { results: { message: unknown }[] }[] }).runs[0].results.map((r) => r.message),
      ),
    };
    expect(Object.keys(outputs)).toHaveLength(4);
    for (const [name, out] of Object.entries(outputs)) {
      expect({ name, bidi: BIDI.test(out) }).toEqual({ name, bidi: false });
      expect({ name, shown: out.includes('\\u202E') }).toEqual({ name, shown: true });
    }
    expect(outputs.text).toContain('000002_\\u202Egnp.up.sql holds only comments');
    expect(outputs.text).toContain('see \\u2066this\\u2069');
  });

  it('keeps every backtick of a name and the code quoted after it', () => {
    const md = markdownMessage(findings[0].message);
    expect(md).toBe('000001_a\\`\\`\\`b.up.sql does not restore the schema: table "x\\`\\`\\`y" is still there; run `migrate down`');
    expect(markdownMessage('file `000001_a```b.up.sql` failed')).toBe('file <code>000001_a\\`\\`\\`b.up.sql</code> failed');
    expect(renderSummary(outcome, '/repo')).toContain(md);
  });
});
