import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { REPORT_SCHEMA_VERSION } from '../../src/report/json';
import { checkInProcess } from '../helpers/in-process';
import { ROOT } from '../helpers/processes';

// The report is the subject, not the process: the pipeline in this process on the integration project's one
// PostgreSQL, its JSON report as `--format json` prints it (the bundled CLI's JSON output has its smoke rows in
// cli-output-and-exit-codes).
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

/** The JSON report `migration-guard check ARGS --format json` prints, through JSON as a reader gets it. */
async function reportOf(
  dir: string,
  args: string[] = [],
): Promise<Record<string, unknown> & { schemaVersion: number; findings: Record<string, unknown>[] }> {
  const { report } = await checkInProcess(dir, args);
  return JSON.parse(JSON.stringify(report));
}

/** docs/report.schema.json, the JSON report's contract, checked against reports the CLI writes. */
const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8')) as {
  properties: { schemaVersion: { const: number } };
};
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const problems = (report: unknown) => (validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('the JSON report and its schema', () => {
  it('carries the schema version the schema describes', () => {
    expect(schema.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION);
  });

  it('validates a report with findings and failed steps, and rejects one that breaks the contract (the test can fail)', async () => {
    const report = await reportOf('migrations-fixtures/golang-migrate/down-incomplete');
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.fix)).toBe(true); // a verified fix is part of what the schema describes
    expect(problems(report)).toEqual([]);
    expect(problems({ ...report, findings: [{ ...report.findings[0], severity: 'fatal' }] })).not.toEqual([]);
    expect(problems({ ...report, renamed: true })).not.toEqual([]);
    const { schemaVersion: _, ...unversioned } = report;
    expect(problems(unversioned)).not.toEqual([]);
  });

  it.each([
    // The report with a verified fix is validated above (down-incomplete); here no fix trials.
    ['a gap and lock findings', 'migrations-fixtures/golang-migrate/gap', ['--no-fixes'], undefined],
    ['a shard', 'migrations-fixtures/golang-migrate/gap', ['--shard', '1/2'], undefined],
    [
      'a run that could not check',
      'migrations-fixtures/golang-migrate/valid',
      ['--postgres', 'local', '--postgres-version', '11'],
      expect.stringContaining('no local PostgreSQL 11 server binaries found'),
    ],
  ])('validates a report with %s', async (_, dir, args, error) => {
    const report = await reportOf(dir, args);
    expect(report.error).toEqual(error);
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(problems(report)).toEqual([]);
  });
});
