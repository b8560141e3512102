import { describe, expect, it } from 'vitest';
import { settingsFromAction } from '../../src/settings/action-inputs';
import { settingsFromArgs } from '../../src/settings/command-line';
import { SettingsError } from '../../src/settings/settings';
import { DEFAULT_DOCKER_MAJOR, dockerAvailable, dockerPlan, startDocker } from '../../src/servers/docker';
import { InfrastructureError } from '../../src/servers/provider';
import { redactUrl } from '../../src/servers/url';
import { clusterWideReason } from '../../src/sql/cluster-wide';

describe('settings', () => {
  it('reads action inputs the way the runner passes them, with defaults when absent', () => {
    const s = settingsFromAction({ GITHUB_WORKSPACE: '/repo', 'INPUT_MIGRATIONS-PATH': 'db/migrations', 'INPUT_FAIL-ON': 'warning' });
    expect(s).toMatchObject({
      migrationsPath: '/repo/db/migrations',
      failOn: 'warning',
      postgres: 'auto',
      migrationTool: 'auto',
      migrationsTable: undefined,
    });
  });

  it('names the input or flag that is wrong', () => {
    expect(() => settingsFromAction({ 'INPUT_FAIL-ON': 'sometimes' })).toThrow("input 'fail-on' must be one of error, warning, never");
    expect(() => settingsFromArgs(['check', '--disable', 'no-such-check'])).toThrow(/--disable names an unknown check 'no-such-check'/);
    expect(() => settingsFromArgs(['check', '--postgres-version', '16.2'])).toThrow(SettingsError);
    expect(() => settingsFromArgs(['lint'])).toThrow("unknown command 'lint'");
  });

  it('parses CLI flags that mirror the inputs', () => {
    const c = settingsFromArgs(['check', 'db', '--postgres', 'local', '--disable', 'sequence-gap,missing-down', '--format', 'json'], '/w')!;
    expect(c.settings.migrationsPath).toBe('/w/db');
    expect([...c.settings.disabled]).toEqual(['sequence-gap', 'missing-down']);
    expect(c.format).toBe('json');
  });
});

/** GitHub's runners have a Docker engine; this machine has none. Each case runs where it can. */
const engine = await dockerAvailable();

describe('docker provider: the boundary', () => {
  it('builds a pinned image and a server with durability off on tmpfs', () => {
    expect(dockerPlan({})).toMatchObject({ image: `postgres:${DEFAULT_DOCKER_MAJOR}-alpine`, tmpfs: { '/var/lib/postgresql/data': 'rw' } });
    expect(dockerPlan({ version: '16' }).image).toBe('postgres:16-alpine');
    expect(dockerPlan({ image: 'ghcr.io/x/pg:1', version: '16' }).image).toBe('ghcr.io/x/pg:1');
    expect(dockerPlan({}).command).toEqual(expect.arrayContaining(['fsync=off', 'synchronous_commit=off']));
  });

  it.skipIf(engine)('loads testcontainers and fails with one clear line when no container runtime exists', async () => {
    const error: unknown = await startDocker({ log: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as InfrastructureError).message).toMatch(/^could not start postgres:\d+-alpine with Docker: .*container runtime/);
  });
});

describe('url provider safety', () => {
  it('never shows the password', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/app')).toBe('postgres://app:***@db:5432/app');
  });

  it('recognises statements that would change the whole server', () => {
    expect(clusterWideReason('CREATE ROLE app;')).toMatch(/roles/);
    expect(clusterWideReason("DO $$ BEGIN EXECUTE 'ALTER SYSTEM SET work_mem = 1'; END $$;")).toMatch(/configuration/);
    expect(clusterWideReason('-- CREATE ROLE in a comment\nCREATE USER MAPPING FOR CURRENT_USER SERVER s;')).toBeUndefined();
  });
});
