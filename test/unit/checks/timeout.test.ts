import { afterAll, describe, expect, it } from 'vitest';
import { timeout } from '../../../src/checks/timeout';
import type { SqlError } from '../../../src/engine/execute';
import { engineRun, failed, golangMigrate, messages, migration, migrationSet, placed, runCheck, skippedStep } from '../../helpers/facts';

const SET = migrationSet(golangMigrate, {
  '000001_a.up.sql': 'CREATE TABLE t (id int);\nSELECT pg_sleep(600);\n',
  '000001_a.down.sql': 'DROP TABLE t;\n',
});

// limit -> what the message must say
const LIMITS: [NonNullable<SqlError['timeout']>, number | undefined, string][] = [
  [
    { limit: 'statement', ms: 300_000 },
    2,
    "000001 up ran longer than statement-timeout (5m); it was at line 2 and was cancelled, as golang-migrate's x-statement-timeout would cancel it",
  ],
  [{ limit: 'lock', ms: 30_000 }, 1, '000001 up waited longer than lock-timeout (30s) for a lock at line 1 and was cancelled by PostgreSQL'],
  [
    { limit: 'run', ms: 1_800_000 },
    undefined,
    "000001 up was still running when the whole run reached run-timeout and was cancelled, as golang-migrate's x-statement-timeout would cancel it",
  ],
];

describe('timeout', () => {
  let rows = 0;
  afterAll(() => expect(rows).toBe(LIMITS.length));

  it.each(LIMITS)('reports an up cancelled by the %j limit', (limit, line, message) => {
    rows++;
    const up = migration(SET, 1).up!;
    const run = engineRun(SET, {
      '1': { up: failed(up, { message: 'canceling statement', code: '57014', line, timeout: limit }), down: skippedStep(), reup: skippedStep() },
    });
    const findings = runCheck(timeout, { set: SET, run });
    expect(placed(findings)).toEqual([`timeout 000001_a.up.sql:${line ?? 1} error`]);
    expect(findings[0].message).toBe(message);
    expect(messages(findings).length).toBe(1);
  });

  it('renders the hint', () => {
    const up = migration(SET, 1).up!;
    const run = engineRun(SET, { '1': { up: failed(up, { message: 'canceling statement', timeout: { limit: 'statement', ms: 1000 }, line: 2 }) } });
    expect(messages(runCheck(timeout, { set: SET, run }))).toMatchSnapshot();
  });

  it('stays silent on failures that are not time limits', () => {
    const up = migration(SET, 1).up!;
    const run = engineRun(SET, { '1': { up: failed(up, { message: 'syntax error', code: '42601', line: 1 }) } });
    expect(runCheck(timeout, { set: SET, run })).toEqual([]);
  });
});
