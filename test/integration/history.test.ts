import { writeFileSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { TestRepo, tables } from '../helpers/git-repo';
import { checkInProcess } from '../helpers/in-process';
import { parseWorkflowCommands, runAction } from '../helpers/processes';
import { SHARED } from '../helpers/shared-server';

// The CLI's pipeline in this process, on the integration project's one PostgreSQL; the action runs as a process.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

interface JsonFinding {
  check: string;
  severity: string;
  file?: string;
  line?: number;
  message: string;
  hint?: string;
}

const HISTORY = ['applied-edited', 'applied-deleted', 'applied-renamed', 'out-of-order'];

/** `check migrations --base BASE` in the repo (in-process, as the CLI runs it), as JSON findings and the lines it logs. */
async function checkAgainst(repo: TestRepo, base: string, extra: string[] = []) {
  const {
    outcome,
    report: json,
    log,
  } = await checkInProcess('migrations', ['--base', base, '--postgres', 'local', ...extra], {}, process.env, false, repo.dir);
  // A directory with a duplicate version is refused before any run: there is no server to name then.
  if (outcome.run) expect(outcome.run.postgresVersionReason).toContain(SHARED);
  const report = JSON.parse(JSON.stringify(json)) as { findings: JsonFinding[]; base?: { commit: string } };
  const result = { code: outcome.exitCode, stderr: log.join('\n') };
  return { ...result, report, findings: report.findings, history: report.findings.filter((f) => HISTORY.includes(f.check)) };
}

const brief = (findings: JsonFinding[]) => findings.map((f) => `${f.check} ${f.severity} ${f.file}:${f.line}`);

/** A repo whose main has 000001..000003 merged, and a `pr` branch to change. */
function mergedThree(): { repo: TestRepo; base: string } {
  const repo = TestRepo.create(tables(1, 2, 3));
  const base = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', '-b', 'pr');
  return { repo, base };
}

describe('history against the base: already applied means frozen', () => {
  it("reports exactly the edit, the deletion, and the colliding new version (the issue's scenario)", async () => {
    const { repo, base } = mergedThree();
    repo.write({
      '000002_t2.up.sql': 'CREATE TABLE t2 (id int);\nALTER TABLE t2 ADD COLUMN note text;\n',
      '000003_t3.down.sql': null,
      '000002_z.up.sql': 'CREATE TABLE z (id int);\n',
      '000002_z.down.sql': 'DROP TABLE z;\n',
    });
    repo.commit('pr');
    const { findings, code, report } = await checkAgainst(repo, base);
    expect(code).toBe(1);
    expect(report.base?.commit).toBe(base);
    expect(brief(findings).sort()).toEqual([
      'applied-deleted warning migrations/000003_t3.down.sql:1',
      'applied-edited error migrations/000002_t2.up.sql:2',
      'duplicate-version error migrations/000002_z.down.sql:1',
      'duplicate-version error migrations/000002_z.up.sql:1',
      'out-of-order error migrations/000002_z.up.sql:1',
    ]);
    const edited = findings.find((f) => f.check === 'applied-edited')!;
    expect(edited.message).toContain('1 line added at line 2');
    expect(edited.hint).toContain(`git checkout ${base.slice(0, 12)} -- migrations/000002_t2.up.sql`);
    const duplicate = findings.find((f) => f.check === 'duplicate-version' && f.file!.endsWith('z.up.sql'))!;
    expect(duplicate.hint).toMatch(
      /000002_t2\.up\.sql is already merged .*two changes each added version 000002.*Renumber 000002_z\.up\.sql to 000004/,
    );
    expect(findings.find((f) => f.check === 'out-of-order')!.hint).toContain('Renumber it to 000004');
  });

  it('has no history findings for a PR that only adds the next version', async () => {
    const { repo, base } = mergedThree();
    repo.write({ '000004_t4.up.sql': 'CREATE TABLE t4 (id int);\n', '000004_t4.down.sql': 'DROP TABLE t4;\n' });
    repo.commit('pr');
    const { findings, code } = await checkAgainst(repo, base);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('points an edited up file at its first changed line and says what changed', async () => {
    const { repo, base } = mergedThree();
    repo.write({ '000003_t3.up.sql': 'CREATE TABLE t3 (id bigint);\n' });
    repo.commit('pr');
    const { history, code } = await checkAgainst(repo, base);
    expect(code).toBe(1);
    expect(brief(history)).toEqual(['applied-edited error migrations/000003_t3.up.sql:1']);
    expect(history[0].message).toContain('1 line replaced by 1 line from line 1');
  });

  it('treats a whitespace-only edit as a notice that does not fail the run', async () => {
    const { repo, base } = mergedThree();
    repo.write({ '000002_t2.up.sql': '\n  CREATE TABLE t2 (id int);   \r\n\n' });
    repo.commit('pr');
    const { history, code } = await checkAgainst(repo, base);
    expect(brief(history)).toEqual(['applied-edited notice migrations/000002_t2.up.sql:1']);
    expect(history[0].message).toContain('harmless');
    expect(code).toBe(0);
  });

  it('warns (does not fail) when only a down file of an applied migration is edited', async () => {
    const { repo, base } = mergedThree();
    repo.write({ '000001_t1.down.sql': 'DROP TABLE IF EXISTS t1;\n' });
    repo.commit('pr');
    const { history, code } = await checkAgainst(repo, base);
    expect(brief(history)).toEqual(['applied-edited warning migrations/000001_t1.down.sql:1']);
    expect(code).toBe(0);
  });

  it('reports a deleted applied migration once, not also as a missing half', async () => {
    const { repo, base } = mergedThree();
    repo.write({ '000003_t3.up.sql': null });
    repo.commit('pr');
    const { findings, code } = await checkAgainst(repo, base);
    expect(code).toBe(1);
    expect(brief(findings.filter((f) => f.check !== 'up-failed' && f.check !== 'down-failed'))).toEqual([
      'applied-deleted error migrations/000003_t3.up.sql:1',
    ]);
    expect(findings.find((f) => f.check === 'applied-deleted')!.message).toContain('no migration found for version 000003');
  });

  it('names both files when an applied migration is renumbered (git rename detection)', async () => {
    const { repo, base } = mergedThree();
    repo.git('mv', 'migrations/000003_t3.up.sql', 'migrations/000005_t3.up.sql');
    repo.git('mv', 'migrations/000003_t3.down.sql', 'migrations/000005_t3.down.sql');
    repo.commit('pr');
    const { history, code } = await checkAgainst(repo, base);
    expect(code).toBe(1);
    expect(brief(history).sort()).toEqual([
      'applied-renamed error migrations/000005_t3.down.sql:1',
      'applied-renamed error migrations/000005_t3.up.sql:1',
    ]);
    expect(history.find((f) => f.file!.endsWith('up.sql'))!.message).toMatch(
      /000005_t3\.up\.sql is 000003_t3\.up\.sql.*renamed.*version 000003 will run it again as 000005/,
    );
  });

  it('calls a title-only rename harmless (golang-migrate tracks versions only)', async () => {
    const { repo, base } = mergedThree();
    repo.git('mv', 'migrations/000002_t2.up.sql', 'migrations/000002_t2_renamed.up.sql');
    repo.git('mv', 'migrations/000002_t2.down.sql', 'migrations/000002_t2_renamed.down.sql');
    repo.commit('pr');
    const { history, code } = await checkAgainst(repo, base);
    expect(history.map((f) => `${f.check} ${f.severity}`)).toEqual(['applied-renamed notice', 'applied-renamed notice']);
    expect(code).toBe(0);
  });

  it('reports a new version below the merged ones as out-of-order with the next free version', async () => {
    const repo = TestRepo.create(tables(1, 2, 4));
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write(tables(3));
    repo.commit('pr');
    const { history, code } = await checkAgainst(repo, base);
    expect(code).toBe(1);
    expect(brief(history)).toEqual(['out-of-order error migrations/000003_t3.up.sql:1']);
    expect(history[0].message).toContain('golang-migrate never applies it to a database already at 000004');
    expect(history[0].hint).toBe('Renumber it to 000005.');
  });

  it('sees files that are not committed yet (a developer running the CLI before pushing)', async () => {
    const { repo, base } = mergedThree();
    repo.write({ '000001_t0.up.sql': 'CREATE TABLE t0 (id int);\n', '000001_t0.down.sql': 'DROP TABLE t0;\n' });
    const { history } = await checkAgainst(repo, base);
    expect(brief(history)).toEqual(['out-of-order error migrations/000001_t0.up.sql:1']);
  });

  it('accepts adding the missing down of a merged migration', async () => {
    const repo = TestRepo.create({ ...tables(1), '000002_t2.up.sql': 'CREATE TABLE t2 (id int);\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({ '000002_t2.down.sql': 'DROP TABLE t2;\n' });
    const { findings, code } = await checkAgainst(repo, base);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('skips the history checks with one warning naming fetch-depth: 0 when the base cannot be found', async () => {
    const { repo } = mergedThree();
    const { history, stderr, code } = await checkAgainst(repo, 'v9.9.9');
    expect(history).toEqual([]);
    expect(code).toBe(0);
    const warnings = stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("'v9.9.9' is not a commit, branch or tag");
    expect(warnings[0]).toContain('fetch-depth: 0');
  });

  it('uses a tag as the base (a release gate against the last release)', async () => {
    const { repo } = mergedThree();
    repo.git('tag', 'v1.0.0', 'main');
    repo.write({ '000001_t1.up.sql': 'CREATE TABLE t1 (id int, x int);\n' });
    repo.commit('pr');
    const { history, stderr } = await checkAgainst(repo, 'v1.0.0');
    expect(brief(history)).toEqual(['applied-edited error migrations/000001_t1.up.sql:1']);
    expect(stderr).toContain('comparing with v1.0.0');
  });
});

describe('history in the action on pull_request events', () => {
  function pullRequestEvent(baseSha: string): string {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-event-')), 'event.json');
    writeFileSync(file, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: 'ignored' } } }));
    return file;
  }

  it('fetches the base into a shallow checkout and deepens it until the merge base is found', async () => {
    const origin = TestRepo.create(tables(1, 2));
    origin.git('checkout', '-q', '-b', 'pr');
    for (let i = 0; i < 3; i++) origin.commit(`unrelated ${i}`); // the merge base is several commits below the PR head
    origin.write({ '000002_t2.up.sql': 'CREATE TABLE t2 (id int, edited int);\n', ...tables(3) });
    origin.commit('pr');
    origin.git('checkout', '-q', 'main');
    origin.write(tables(4));
    const baseSha = origin.commit('main moves on after the PR branched');
    const clone = TestRepo.shallowClone(origin, 'pr');
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');

    const result = await runAction(
      { 'migrations-path': 'migrations', postgres: 'local' },
      {
        GITHUB_WORKSPACE: clone.dir,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent(baseSha),
      },
    );
    expect(result.stdout).toContain("fetching the pull request's base commit");
    expect(result.stdout).toContain('deepening the shallow clone');
    const annotations = parseWorkflowCommands(result.stdout).filter((a) => HISTORY.includes(a.props.title));
    // 000002 was edited against the merge base; 000003 is new and above it (000004 arrived on main later: not yet merged here).
    expect(annotations.map((a) => `${a.level} ${a.props.title} ${a.props.file}:${a.props.line}`)).toEqual([
      'error applied-edited migrations/000002_t2.up.sql:1',
    ]);
    expect(result.outputs.result).toBe('failed');
  });

  it('warns once with the fix when the base commit cannot be fetched', async () => {
    const origin = TestRepo.create(tables(1));
    const clone = TestRepo.shallowClone(origin, 'main');
    const result = await runAction(
      { 'migrations-path': 'migrations', postgres: 'local' },
      {
        GITHUB_WORKSPACE: clone.dir,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent('0123456789abcdef0123456789abcdef01234567'),
      },
    );
    const warnings = parseWorkflowCommands(result.stdout).filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/base commit 0123456789ab is not in this clone and could not be fetched.*fetch-depth: 0/s);
    expect(result.outputs.result).toBe('passed');
  });

  it('says once how to enable the history checks when there is no base', async () => {
    const repo = TestRepo.create(tables(1));
    const result = await runAction({ 'migrations-path': 'migrations', postgres: 'local' }, { GITHUB_WORKSPACE: repo.dir });
    const notices = parseWorkflowCommands(result.stdout).filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toContain('base-ref');
    expect(result.outputs.result).toBe('passed');
  });
});

describe('scope: changed', () => {
  it('gives only added and edited migrations the full up/down/up, and applies the rest up once', async () => {
    const repo = TestRepo.create({
      ...tables(1),
      '000002_t2.up.sql': 'CREATE TABLE t2 (id int);\nCREATE INDEX t2_id ON t2 (id);\n',
      '000002_t2.down.sql': 'DROP INDEX t2_id;\n', // a defect that is already merged
      ...tables(3),
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({ '000003_t3.down.sql': 'SELECT 1;\n', ...tables(4) }); // an edited down that now leaves t3, and a new migration
    repo.commit('pr');

    // Which steps run is the subject: no fix trials (they add a fix or a hint to the change's findings, never a step).
    const changed = await checkAgainst(repo, base, ['--scope', 'changed', '--no-fixes']);
    expect(brief(changed.findings.filter((f) => !HISTORY.includes(f.check)))).toEqual(['down-incomplete error migrations/000003_t3.down.sql:1']);
    const steps = (
      changed.report as unknown as { results: { version: string; steps: Record<string, { status: string; reason?: string }> }[] }
    ).results.map((r) => `${r.version} ${r.steps.up.status}/${r.steps.down.status}${r.steps.down.reason ? ` (${r.steps.down.reason})` : ''}`);
    expect(steps).toEqual([
      '000001 ok/skipped (unchanged since the base)',
      '000002 ok/skipped (unchanged since the base)',
      '000003 ok/ok',
      '000004 ok/ok',
    ]);
    expect(changed.stderr).toContain('scope: changed: 2 of 4 migration(s) get up, down and up');

    const all = await checkAgainst(repo, base, ['--no-fixes']);
    expect(all.findings.filter((f) => f.check === 'down-incomplete').map((f) => f.file)).toEqual([
      'migrations/000002_t2.down.sql',
      'migrations/000003_t3.down.sql',
    ]);
  });
});
