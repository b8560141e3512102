import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/processes';

/** A workspace whose migrations directory holds `n` versions added twice: n duplicate-version errors (and the no-down-files notice), no PostgreSQL needed. */
function workspaceWithDuplicates(n: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mg-limits-'));
  const dir = path.join(root, 'db', 'migrations');
  mkdirSync(dir, { recursive: true });
  for (let v = 1; v <= n; v++) {
    const version = String(v).padStart(6, '0');
    for (const name of ['first', 'second']) writeFileSync(path.join(dir, `${version}_${name}.up.sql`), `CREATE TABLE t${v}_${name} (id int);\n`);
  }
  return root;
}

describe('GitHub limits and conventions in the action', () => {
  it('shows at most 10 error annotations including the failure line, and still fails the step', async () => {
    const workspace = workspaceWithDuplicates(12);
    const sarif = 'reports/migration-guard.sarif';
    const result = await runAction(
      { 'migrations-path': 'db/migrations', postgres: 'local', 'sarif-file': sarif },
      { GITHUB_WORKSPACE: workspace, GITHUB_ACTION_REPOSITORY: 'someone/guard-fork', GITHUB_ACTION_REF: 'v1.2.3' },
    );
    expect(result.code).toBe(1);
    expect(result.outputs.findings).toBe('13');
    const lines = result.stdout.split(/\r?\n/);
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toContain('and 2 more error finding(s) not shown as annotations');
    // The verdict is a plain log line: it takes no annotation slot.
    expect(lines).toContain("migration-guard failed: 12 finding(s) at or above fail-on 'error'; see the annotations and the job summary");

    // Doc links point at the repository and ref the action runs from.
    expect(errors[0]).toContain('Docs: https://github.com/someone/guard-fork/blob/v1.2.3/docs/checks/duplicate-version.md');

    const log = JSON.parse(readFileSync(path.join(workspace, sarif), 'utf8'));
    const run = log.runs[0];
    expect(run.automationDetails).toEqual({ id: 'migration-guard/db/migrations/' });
    const duplicates = run.results.filter((r: { ruleId: string }) => r.ruleId === 'duplicate-version');
    expect(duplicates).toHaveLength(12);
    for (const r of duplicates)
      expect(Object.values(r.partialFingerprints ?? {})[0]).toMatch(/^duplicate-version:db\/migrations\/\d{6}_second\.up\.sql:\d{6}$/);
    expect(run.tool.driver.rules[0].helpUri).toMatch(/^https:\/\/github\.com\/someone\/guard-fork\/blob\/v1\.2\.3\/docs\/checks\//);
  });
});
