import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/durations';
import { parseCommandLine } from '../../src/settings/command-line';
import { settingsFromAction } from '../../src/settings/action-inputs';

/** A repository with a migrations directory and, when given, a config file. */
function repo(config?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mg-config-'));
  mkdirSync(path.join(root, 'migrations'));
  if (config !== undefined) writeFileSync(path.join(root, '.migration-guard.yml'), config);
  return root;
}

/** The one-line error `check` gives in `root` with `args`, or 'accepted'. */
function error(root: string, args: string[] = []): string {
  try {
    parseCommandLine(['check', 'migrations', ...args], root, {});
    return 'accepted';
  } catch (e) {
    const message = (e as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
}

describe('.migration-guard.yml from a pull request', () => {
  it('refuses a symbolic link out of the repository without echoing what it points at', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'mg-secret-'));
    writeFileSync(path.join(outside, 'shadow'), 'root:$6$secret-hash:19000:0:99999:7:::\n');
    const root = repo();
    symlinkSync(path.join(outside, 'shadow'), path.join(root, '.migration-guard.yml'));
    const said = error(root);
    expect(said).toBe(
      `${path.join(root, '.migration-guard.yml')} is not read: it is a symbolic link to a file outside the repository; migration-guard does not read it. Make the config file a regular file in the repository.`,
    );
    expect(said).not.toContain('secret');
  });

  it('follows a symbolic link to a file inside the repository', () => {
    const root = repo();
    writeFileSync(path.join(root, 'shared.yml'), 'fail-on: warning\n');
    symlinkSync('shared.yml', path.join(root, '.migration-guard.yml'));
    const request = parseCommandLine(['check', 'migrations'], root, {});
    expect(request.kind === 'check' && request.command.settings.failOn).toBe('warning');
  });

  it('refuses a FIFO without opening it (the run would wait for a writer forever)', () => {
    const root = repo();
    execFileSync('mkfifo', [path.join(root, '.migration-guard.yml')]);
    expect(error(root)).toBe(
      `${path.join(root, '.migration-guard.yml')} is not read: it is a FIFO (named pipe), not a regular file. Make the config file a regular file in the repository.`,
    );
  });

  it('reports a bad value at the file and line it is written on, not as a flag nobody gave', () => {
    const root = repo('fail-on: warning\nlock-timeout: soon\n');
    expect(error(root)).toBe(
      `${path.join(root, '.migration-guard.yml')}:2: lock-timeout must be a duration such as 30s, 1m30s, 5m or 1500 (milliseconds), got 'soon'`,
    );
    // The same value given as a flag is the flag's.
    expect(error(root, ['--lock-timeout', 'later'])).toMatch(/^--lock-timeout must be a duration .* got 'later'$/);
  });

  it('shows a huge number as written, not as 1e+26', () => {
    const said = error(repo('large-table-rows: 100000000000000000000000000x\n'));
    expect(said).toContain("got '100000000000000000000000000x'");
    expect(error(repo('large-table-rows: 0x10\n'))).toContain("got '0x10'");
    expect(error(repo('large-table-rows: 100000000000000000000000000\n'))).toMatch(/:1: large-table-rows .*'100000000000000000000000000'/);
  });

  it('refuses a !!binary value instead of dropping it', () => {
    expect(error(repo('migrations-path: !!binary aGVsbG8=\n'))).toMatch(
      /\.migration-guard\.yml:1: migrations-path must be text, a number or true\/false, not a !!binary value$/,
    );
  });
});

describe('--config and the config input', () => {
  it('read another settings file (a monorepo), relative to the root; a missing one is an error', () => {
    const root = repo('fail-on: never\n');
    mkdirSync(path.join(root, 'services'));
    writeFileSync(path.join(root, 'services', 'billing.yml'), 'fail-on: warning\n');
    const request = parseCommandLine(['check', 'migrations', '--config', 'services/billing.yml'], root, {});
    expect(request.kind === 'check' && request.command.settings.failOn).toBe('warning');
    expect(request.kind === 'check' && request.command.settings.configFile).toBe(path.join(root, 'services', 'billing.yml'));
    expect(error(root, ['--config', 'services/none.yml'])).toBe(`--config: ${path.join(root, 'services', 'none.yml')} does not exist`);
    const action = settingsFromAction({ GITHUB_WORKSPACE: root, INPUT_CONFIG: 'services/billing.yml' });
    expect(action.failOn).toBe('warning');
  });
});

describe("durations in Go's form too", () => {
  it.each([
    ['1m30s', 90_000],
    ['2h', 7_200_000],
    ['1h2m3.5s', 3_723_500],
    ['300ms', 300],
    ['1.5h', 5_400_000],
    ['1500us', 2],
    ['1ns', 1],
  ])('reads %s as %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it('refuses a negative duration in one clear line, with or without =', () => {
    const root = repo();
    for (const args of [['--lock-timeout', '-5s'], ['--lock-timeout=-5s'], ['--run-timeout', '-1m30s']])
      expect(error(root, args)).toMatch(
        /^--(lock|run)-timeout cannot be negative, got '-(5s|1m30s)': give a duration such as 30s or 1m30s \(0: no limit\)$/,
      );
    expect(error(repo('statement-timeout: -5s\n'))).toMatch(/\.migration-guard\.yml:1: statement-timeout cannot be negative/);
  });

  it('says what an http:// URL is, without echoing it', () => {
    const said = error(repo(), ['--database-url', 'http://user:hunter2@example.com/db']);
    expect(said).toBe(
      '--database-url: a http:// URL is not a PostgreSQL connection string; give postgres://user:password@host:5432/dbname or key=value pairs',
    );
  });
});
