import { describe, expect, it } from 'vitest';
import { downIncomplete } from '../../../src/checks/down-incomplete';
import { downKeepsExtension } from '../../../src/checks/down-keeps-extension';
import { reupFailed } from '../../../src/checks/reup-failed';
import { added, engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000002_search.up.sql': 'CREATE EXTENSION IF NOT EXISTS pg_trgm;\nCREATE INDEX i ON docs USING gin (title gin_trgm_ops);\n',
  '000002_search.down.sql': 'DROP INDEX i;\n',
});
const EXTENSION = added('extension', 'pg_trgm');
const all = (run: ReturnType<typeof engineRun>) =>
  [downIncomplete, downKeepsExtension, reupFailed].flatMap((c) => runCheck(c, { set: SET, run })).map((f) => `${f.check} ${f.severity}`);

describe('down-keeps-extension', () => {
  it('reports a kept extension once, as a warning on the down file, instead of down-incomplete', () => {
    const run = engineRun(SET, { '2': { downDiff: [EXTENSION] } });
    const findings = runCheck(downKeepsExtension, { set: SET, run });
    expect(placed(findings)).toEqual(['down-keeps-extension 000002_search.down.sql:1 warning']);
    expect(findings[0].message).toBe(
      '000002_search.down.sql leaves extension pg_trgm installed (created at 000002_search.up.sql:1); everything else the up did is undone',
    );
    expect(all(run)).toEqual(['down-keeps-extension warning']);
    expect(messages(findings)).toMatchSnapshot();
  });

  it('leaves other differences to down-incomplete, which no longer names the extension', () => {
    const run = engineRun(SET, { '2': { downDiff: [EXTENSION, added('index', 'public.i')] } });
    expect(all(run).sort()).toEqual(['down-incomplete error', 'down-keeps-extension warning']);
    expect(runCheck(downIncomplete, { set: SET, run })[0].message).not.toContain('pg_trgm');
  });

  it('when the up then cannot run again, says it once: reup-failed, naming the kept extension', () => {
    const reup = failed(migration(SET, 2).up!, { message: 'extension "pg_trgm" already exists', code: '42710' });
    const run = engineRun(SET, { '2': { downDiff: [EXTENSION], reup } });
    expect(all(run)).toEqual(['reup-failed error']);
    expect(runCheck(reupFailed, { set: SET, run })[0].hint).toMatch(/^The down keeps extension pg_trgm \(which is fine on its own\).*IF NOT EXISTS/);
  });

  it('stays silent when the down drops it', () => {
    expect(runCheck(downKeepsExtension, { set: SET, run: engineRun(SET) })).toEqual([]);
  });
});
