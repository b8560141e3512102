import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings';
import { commentMarker } from '../../src/github/pr-comment';
import { renderMarkdown } from '../../src/report/markdown';
import { DIR, golangMigrate, migrationSet } from '../helpers/facts';
import { DOWN_INCOMPLETE, FILES, outcomeOf, REVIEW } from '../helpers/report-outcome';

/**
 * The PR comment read where reviewers read it. GitHub's desktop column holds about 100 characters of text; a phone
 * (the GitHub app, portrait) about 40. Prose wraps at either; a table row or a code line does not: it scrolls sideways.
 */
const DESKTOP = 100;
const PHONE = 40;
/** GitHub refuses a comment body over 65,536 characters; the action renders the body with this budget (action.ts). */
const GITHUB_LIMIT = 65_536;
const COMMENT_MAX_CHARS = 60_000;

const render = (outcome = REVIEW, maxChars = COMMENT_MAX_CHARS) =>
  renderMarkdown(outcome, {
    root: '/repo',
    maxChars,
    overflowTo: 'the job summary',
    fileLink: (f, l) => `https://github.com/o/r/blob/abc/${f}${l ? `#L${l}` : ''}`,
  });

/** What a reader sees of a Markdown line: link destinations, emphasis and heading marks are not shown. */
const visible = (line: string) =>
  line
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[[\]*]|^#+ /g, '')
    .replace(/\\(.)/g, '$1');

/** The lines of the rendered comment by kind: code blocks and table rows keep their width, prose wraps. */
function parts(body: string): { prose: string[]; code: string[]; tables: string[][] } {
  const prose: string[] = [];
  const code: string[] = [];
  const tables: string[][] = [];
  let fence: string | undefined;
  let table: string[] | undefined;
  for (const line of body.split('\n')) {
    const marker = /^\s*(`{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      else code.push(line.replace(/^ {2}/, ''));
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (line.startsWith('|')) {
      if (!table) tables.push((table = []));
      table.push(line);
      continue;
    }
    table = undefined;
    if (line.trim()) prose.push(line);
  }
  expect(fence).toBeUndefined();
  return { prose, code, tables };
}

/** Greedy word wrap of a prose line's visible text at `width`: what a reader's screen shows, line by line. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of visible(line).trim().split(/\s+/)) {
    if (current && [...`${current} ${word}`].length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...out, current];
}

describe('the PR comment at a desktop’s and a phone’s width', () => {
  const body = render();
  const { prose, code, tables } = parts(body);

  it('says what blocks the merge within the first line a phone shows', () => {
    expect(body.split('\n')[0]).toBe('## ❌ 1 error blocks this merge; 6 warnings do not (fail-on: error)');
    expect(wrap(body.split('\n')[0], PHONE)[0]).toContain('blocks this merge');
  });

  it('has tables of at most four columns, no row wider than a desktop column', () => {
    expect(tables.length).toBeGreaterThanOrEqual(1);
    for (const table of tables) {
      expect(table[0].split(' | ')).toHaveLength(4);
      expect(table.filter((r) => [...visible(r)].length > DESKTOP)).toEqual([]);
    }
  });

  it('has no code line wider than a desktop column, however long the SQL line', () => {
    const columns = Array.from({ length: 60 }, (_, i) => `c${i} int`).join(', ');
    const wideSet = migrationSet(golangMigrate, { ...FILES, '000001_create_customers.up.sql': `CREATE TABLE customers (${columns});\n` });
    const wide = outcomeOf([{ ...DOWN_INCOMPLETE, file: `${DIR}/000001_create_customers.up.sql`, line: 1 }], [], { set: wideSet });
    const lines = parts(render(wide)).code;
    expect(lines).toHaveLength(1);
    expect([...code, ...lines].filter((l) => [...l].length > DESKTOP)).toEqual([]);
    expect(lines[0]).toMatch(/^CREATE TABLE customers \(c0 int, .*…$/);
  });

  it('has no word of prose a phone cannot wrap (every visible word fits its width)', () => {
    expect(prose.length).toBeGreaterThan(10);
    const words = prose.flatMap((l) => visible(l).split(/\s+/));
    expect(words.filter((w) => [...w].length > PHONE)).toEqual([]);
  });

  it('keeps each finding’s first line short enough to read at a glance on a phone (at most 6 wrapped lines)', () => {
    const items = prose.filter((l) => /^- (❌|⚠️|ℹ️)/.test(l));
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) expect(wrap(item, PHONE).length).toBeLessThanOrEqual(6);
  });
});

describe('the PR comment within GitHub’s limit', () => {
  /** 400 findings with long messages and SQL: far more than a comment holds. */
  const many: Finding[] = Array.from({ length: 400 }, (_, i) => ({
    ...DOWN_INCOMPLETE,
    file: `${DIR}/000002_customer_profile.${i % 2 ? 'up' : 'down'}.sql`,
    line: 1 + (i % 3),
    message: `${DOWN_INCOMPLETE.message} (${i}) ${'and more words '.repeat(20)}`,
  }));
  const outcome = outcomeOf(many, many);
  const body = render(outcome);

  it('stays under the limit with its marker, and its last line says what was left out and where to read it', () => {
    expect(`${commentMarker('db/migrations')}\n${body}`.length).toBeLessThan(GITHUB_LIMIT);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const shown = body.match(/^- ❌ /gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(400);
    expect(body).toContain(`**… and ${400 - shown} more finding(s), left out to stay within GitHub's limit: see the job summary.**`);
  });

  it('never cuts a code block or a folded section in half', () => {
    parts(body); // asserts every fence closes
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });

  it('holds every finding when the budget is the job summary’s', () => {
    expect(render(outcome, 900_000).match(/^- ❌ /gm)).toHaveLength(400);
  });
});
