import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, CHECK_IDS } from '../../src/checks';

const DOCS = path.resolve(__dirname, '..', '..', 'docs', 'checks');
const README = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');

describe('check registry', () => {
  it('has one doc page per check id and no page without a check', () => {
    const pages = readdirSync(DOCS)
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    expect(pages).toEqual([...CHECK_IDS].sort());
  });

  it.each(CHECKS.map((c) => [c.id]))('%s is kebab-case, documented with problem, fix and example, and listed in the README', (id) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const page = readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    for (const heading of ['## Problem', '## How to fix', '## Example']) expect(page).toContain(heading);
    expect(README).toContain(`| \`${id}\` |`);
  });
});
