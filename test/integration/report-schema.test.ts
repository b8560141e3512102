import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION } from '../../src/report/json';
import { ROOT, runCli } from '../helpers/processes';

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

  it.each([
    ['findings and failed steps', ['migrations-fixtures/golang-migrate/down-incomplete']],
    ['a gap and lock findings', ['migrations-fixtures/golang-migrate/gap']],
    ['a shard', ['migrations-fixtures/golang-migrate/gap', '--shard', '1/2']],
    ['a run that could not check', ['migrations-fixtures/golang-migrate/valid', '--postgres', 'local', '--postgres-version', '11']],
  ])('validates a report with %s', async (_, args) => {
    const result = await runCli(['check', ...args, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { schemaVersion: number; findings: unknown[] };
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(problems(report)).toEqual([]);
  });

  it('rejects a report that breaks the contract (the test can fail)', async () => {
    const result = await runCli(['check', 'migrations-fixtures/golang-migrate/down-incomplete', '--format', 'json']);
    const report = JSON.parse(result.stdout) as Record<string, unknown> & { findings: Record<string, unknown>[] };
    expect(problems({ ...report, findings: [{ ...report.findings[0], severity: 'fatal' }] })).not.toEqual([]);
    expect(problems({ ...report, renamed: true })).not.toEqual([]);
    const { schemaVersion: _, ...unversioned } = report;
    expect(problems(unversioned)).not.toEqual([]);
  });
});
