import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version';
import { FIXTURES, ROOT, runCli } from '../helpers/processes';

/** Two duplicate-version errors, found without starting PostgreSQL: quick, and enough to see colour and --quiet. */
const DUPLICATES = path.join(FIXTURES, 'golang-migrate', 'duplicate-version');
const ESC = '\u001b[';
/** The environment of a shell whose output is piped (no colour variables, not inside GitHub Actions). */
const plainEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, ...extra });

describe('the CLI behaves like the tools people know', () => {
  it('prints its version and the help of a command', async () => {
    const version = await runCli(['--version'], { env: plainEnv() });
    expect([version.code, version.stdout]).toEqual([0, `${VERSION}\n`]);
    const help = await runCli(['help'], { env: plainEnv() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Run 'migration-guard help check'");
    const helpCheck = await runCli(['help', 'check'], { env: plainEnv() });
    expect(helpCheck.stdout).toMatch(/^Usage: migration-guard check \[DIR\]/);
    expect(helpCheck.stdout).toContain('--quiet');
  });

  it.each([
    [['--fromat', 'json'], 'migration-guard: unknown option --fromat; did you mean --format?'],
    [['--postgres-version', '99'], "migration-guard: --postgres-version must be a PostgreSQL major version from 10 to 19, got '99'"],
    [['--database-url', 'postgres://u:hunter2@db:port/app'], 'migration-guard: --database-url is not a valid PostgreSQL URL'],
    [
      ['--output', '/no/such/dir/report.json'],
      'migration-guard: --output: the directory /no/such/dir does not exist; create it first or write the report elsewhere',
    ],
    [
      ['--statement-timeout', 'abc'],
      "migration-guard: --statement-timeout must be a duration such as 30s, 1m30s, 5m or 1500 (milliseconds), got 'abc'",
    ],
  ])('%j: one line naming the flag, printed once, exit 2', async (flags, message) => {
    const result = await runCli(['check', DUPLICATES, ...flags], { env: plainEnv() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}\n`);
  });

  it('colours a terminal only: not when piped, not with NO_COLOR, always with FORCE_COLOR', async () => {
    const piped = await runCli(['check', DUPLICATES], { env: plainEnv() });
    expect(piped.code).toBe(1);
    expect(piped.stdout).toContain('  error  duplicate-version  ');
    expect(piped.stdout + piped.stderr).not.toContain(ESC);
    const forced = await runCli(['check', DUPLICATES], { env: plainEnv({ FORCE_COLOR: '1' }) });
    expect(forced.stdout).toContain(`${ESC}31merror${ESC}39m`);
    expect(forced.stdout).toContain(`${ESC}1m${ESC}31mfailed: 2 error(s)`);
    const noColor = await runCli(['check', DUPLICATES], { env: plainEnv({ NO_COLOR: '1' }) });
    expect(noColor.stdout + noColor.stderr).not.toContain(ESC);
  });

  it('--quiet prints only the findings and the verdict line', async () => {
    const loud = await runCli(['check', DUPLICATES], { env: plainEnv() });
    expect(loud.stderr).toContain('note: ');
    const quiet = await runCli(['check', DUPLICATES, '--quiet'], { env: plainEnv() });
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    const lines = quiet.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => / {2}error {2}duplicate-version {2}/.test(l))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('    how to fix: '))).toHaveLength(2);
    // Two files, each with its finding and advice, a blank line after each; no SQL excerpt, no docs list.
    expect(lines).toHaveLength(9);
    expect(lines.filter((l) => l.includes(' | ') || l === 'docs:')).toEqual([]);
    expect(lines.at(-1)).toBe('failed: 2 error(s), 0 warning(s), 0 notice(s) in 2 migration(s)');
  });

  it('says an infrastructure failure once', async () => {
    // A version with no local binaries (PostgreSQL 15 is installed here): the provider refuses, exit 2.
    const result = await runCli(['check', path.join(FIXTURES, 'golang-migrate', 'gap'), '--postgres', 'local', '--postgres-version', '11'], {
      env: plainEnv(),
    });
    expect(result.code).toBe(2);
    const said = (result.stdout + result.stderr).split('\n').filter((l) => l.includes('no local PostgreSQL 11'));
    expect(said).toHaveLength(1);
  });

  it('inside GitHub Actions reads the pull request base from the event, as the action does', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-cli-event-'));
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: head }, head: { sha: head } } }));
    const env = plainEnv({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event });
    const result = await runCli(['check', DUPLICATES, '--format', 'json'], { env });
    expect(result.stderr).toContain("comparing with the pull request's base");
    expect(result.stderr).not.toContain('there is no base to compare with');
    const outside = await runCli(['check', DUPLICATES, '--format', 'json'], { env: plainEnv({ GITHUB_EVENT_PATH: event }) });
    expect(outside.stderr).toContain('there is no base to compare with');
  });
});
