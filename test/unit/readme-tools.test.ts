import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appliesTo, CHECKS } from '../../src/checks';
import { FORMATS } from '../../src/formats';

const README = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const HEADING = '### Which checks apply to which tool';

/** The table as the registry (each check's required capability) and each format's capabilities say it must read. */
function expectedTable(): string {
  const header = `| Check | ${FORMATS.map((f) => f.words.label).join(' | ')} |`;
  const rule = `| --- | ${FORMATS.map(() => ':---:').join(' | ')} |`;
  // The id is a link here, so that this table never stands in for a row of the main check table (check-docs.test.ts).
  const rows = CHECKS.map((c) => `| [\`${c.id}\`](docs/checks/${c.id}.md) | ${FORMATS.map((f) => (appliesTo(c, f) ? '✓' : '–')).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** The table under HEADING in the README: its lines from the first `|` to the first line that is not a row. */
function readmeTable(): string[] {
  const start = README.indexOf(HEADING);
  expect(start, `README.md has no "${HEADING}" section`).toBeGreaterThanOrEqual(0);
  const lines = README.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rest = lines.slice(first);
  const end = rest.findIndex((l) => !l.startsWith('|'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('README: which checks apply to which tool', () => {
  it('lists every registered check once, in registry order, with the tools whose format runs it', () => {
    const table = readmeTable();
    // Header, rule, one row per check: a lost or extra row fails here before the text comparison.
    expect(table).toHaveLength(CHECKS.length + 2);
    expect(table.join('\n'), `regenerate the table under "${HEADING}" in README.md from the registry:\n${expectedTable()}\n`).toBe(expectedTable());
  });
});
