import { describe, expect, it } from 'vitest';
import { dockerAvailable } from '../../src/servers/docker';
import { fixtureTable, describeFinding } from '../helpers/fixture-table';
import { runCli } from '../helpers/processes';

/**
 * The Docker provider for real, where an engine answers (GitHub's runners; not this development machine, which has
 * none): each fixture gives through a container exactly the findings its README lists, as through local binaries.
 */
const engine = await dockerAvailable();

describe.skipIf(!engine)('docker provider on a machine with a Docker engine', () => {
  it.each(fixtureTable('golang-migrate').filter((row) => ['valid', 'down-incomplete', 'syntax-error'].includes(row.name)))(
    'gives the README findings for $name through a container',
    async (row) => {
      const result = await runCli(['check', `migrations-fixtures/golang-migrate/${row.name}`, '--postgres', 'docker', '--format', 'json']);
      const report = JSON.parse(result.stdout) as { findings: { check: string; file?: string; line?: number; column?: number }[] };
      expect(report.findings.map(describeFinding).sort()).toEqual(row.findings.map((f) => `${f.check} at ${f.at}`).sort());
      expect(result.code).toBe(row.exit);
    },
    180_000,
  );
});

// A hang is what this guards against: the test's timeout ends it.
it('decides whether a Docker engine answers without hanging', async () => {
  expect(typeof (await dockerAvailable())).toBe('boolean');
}, 30_000);
