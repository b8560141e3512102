import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { closest, editDistance } from '../../src/check-support/did-you-mean';
import { settingsFromAction } from '../../src/settings/action-inputs';
import { colorEnabled, parseCommandLine, settingsFromArgs } from '../../src/settings/command-line';
import { eventBase } from '../../src/settings/event';
import { docsRefFor, docsUrl, useDocsFrom } from '../../src/report/docs-link';
import { annotationCommand } from '../../src/report/workflow-commands';
import { VERSION } from '../../src/version';

const SHA = 'a'.repeat(40);
const BEFORE = 'b'.repeat(40);
const ZEROS = '0'.repeat(40);

/** An event payload file, as the runner writes it. */
function eventFile(payload: object): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

const workspace = () => mkdtempSync(path.join(os.tmpdir(), 'mg-ws-'));

describe('the command line', () => {
  const errorOf = (argv: string[]) => {
    try {
      parseCommandLine(argv, workspace(), {});
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('answers a misspelled flag with the closest known one', () => {
    expect(errorOf(['check', '--fromat', 'json'])).toBe('unknown option --fromat; did you mean --format?');
    expect(errorOf(['check', '--postgres-verison', '16'])).toBe('unknown option --postgres-verison; did you mean --postgres-version?');
    expect(errorOf(['check', '--statment-timeout=5s'])).toBe('unknown option --statment-timeout; did you mean --statement-timeout?');
    expect(errorOf(['check', '--colour'])).toBe("unknown option --colour; 'migration-guard help check' lists the options");
    expect(errorOf(['chek'])).toBe("unknown command 'chek'; did you mean 'check'?");
    expect(errorOf(['check', '--format'])).toBe('--format needs a value');
  });

  it('turns every bad value into one line that names the flag', () => {
    const cases: [string[], RegExp][] = [
      [['--postgres-version', '99'], /^--postgres-version must be a PostgreSQL major version from 10 to 19, got '99'$/],
      [['--database-url', 'postgres://u@h:notaport/db'], /^--database-url /],
      [['--database-url', 'just words'], /^--database-url/],
      [['--output', '/no/such/directory/report.json'], /^--output: the directory \/no\/such\/directory does not exist/],
      [['--statement-timeout', 'abc'], /^--statement-timeout must be a duration/],
    ];
    for (const [flags, expected] of cases) {
      const message = errorOf(['check', ...flags]);
      expect(message, flags.join(' ')).toMatch(expected);
      expect(message, flags.join(' ')).not.toContain('\n');
    }
    expect(cases.length).toBe(5);
  });

  it('knows --version, help, help check and --quiet', () => {
    expect(parseCommandLine(['--version'], workspace(), {})).toEqual({ kind: 'version' });
    expect(parseCommandLine(['help'], workspace(), {})).toMatchObject({ kind: 'help', text: expect.stringContaining('Commands:') });
    expect(parseCommandLine(['help', 'check'], workspace(), {})).toMatchObject({
      kind: 'help',
      text: expect.stringContaining('--statement-timeout D'),
    });
    expect(parseCommandLine(['check', '--help'], workspace(), {})).toMatchObject({ kind: 'help', text: expect.stringContaining('--quiet') });
    expect(() => parseCommandLine(['help', 'lint'], workspace(), {})).toThrow("no help for 'lint'");
    expect(settingsFromArgs(['check', '-q'], workspace(), {})?.quiet).toBe(true);
    expect(settingsFromArgs(['check'], workspace(), {})?.quiet).toBe(false);
  });

  it('suggests only what is close: about one slip per four letters', () => {
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('--fromat', ['--format', '--output'])).toBe('--format');
    expect(closest('--verbose', ['--version', '--format'])).toBeUndefined();
  });

  it('colours a terminal only, unless NO_COLOR or FORCE_COLOR say otherwise', () => {
    expect(colorEnabled(true, {})).toBe(true);
    expect(colorEnabled(false, {})).toBe(false);
    expect(colorEnabled(undefined, {})).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(false, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(true, { TERM: 'dumb' })).toBe(false);
  });
});

describe('the base an event names, and the scope it implies', () => {
  it('takes a pull request, merge group or push base; a new branch has none', () => {
    expect(eventBase({ pull_request: { number: 1, base: { sha: SHA } } })).toEqual({ sha: SHA, label: "the pull request's base", pullRequest: true });
    expect(eventBase({ merge_group: { base_sha: SHA } })).toEqual({ sha: SHA, label: "the merge group's base", pullRequest: true });
    expect(eventBase({ before: BEFORE })).toEqual({ sha: BEFORE, label: "the push's previous head", pullRequest: false });
    expect(eventBase({ before: ZEROS })).toBeUndefined();
    expect(eventBase({ before: 'not a sha' })).toBeUndefined();
    expect(eventBase({})).toBeUndefined();
  });

  it('the action: scope changed on pull requests and merge queues, unset (all, history folded) on pushes and with base-ref', () => {
    const run = (payload: object, inputs: Record<string, string> = {}) =>
      settingsFromAction({
        GITHUB_WORKSPACE: workspace(),
        GITHUB_EVENT_PATH: eventFile(payload),
        RUNNER_TEMP: os.tmpdir(),
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      });
    const pr = run({ pull_request: { number: 3, base: { sha: SHA } } });
    expect([pr.scope, pr.pullRequestBase, pr.pullRequestBaseLabel]).toEqual(['changed', SHA, "the pull request's base"]);
    const queue = run({ merge_group: { base_sha: SHA, head_sha: BEFORE } });
    expect([queue.scope, queue.pullRequestBase, queue.pullRequestBaseLabel]).toEqual(['changed', SHA, "the merge group's base"]);
    const push = run({ before: BEFORE, after: SHA });
    expect([push.scope, push.pullRequestBase]).toEqual([undefined, BEFORE]);
    expect(run({ before: ZEROS }).pullRequestBase).toBeUndefined();
    expect(run({ pull_request: { number: 3, base: { sha: SHA } } }, { 'base-ref': 'v1.0.0' }).scope).toBeUndefined();
    expect(run({ pull_request: { number: 3, base: { sha: SHA } } }, { scope: 'all' }).scope).toBe('all');
  });

  it('the config file still sets scope on a pull request', () => {
    const root = workspace();
    writeFileSync(path.join(root, '.migration-guard.yml'), 'scope: all\n');
    const settings = settingsFromAction({
      GITHUB_WORKSPACE: root,
      GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 1, base: { sha: SHA } } }),
    });
    expect(settings.scope).toBe('all');
  });

  it('the CLI reads the event inside GitHub Actions only', () => {
    const event = eventFile({ pull_request: { number: 3, base: { sha: SHA } } });
    const inActions = settingsFromArgs(['check'], workspace(), { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event });
    expect([inActions?.settings.scope, inActions?.settings.pullRequestBase]).toEqual(['changed', SHA]);
    const outside = settingsFromArgs(['check'], workspace(), { GITHUB_EVENT_PATH: event });
    expect([outside?.settings.scope, outside?.settings.pullRequestBase]).toEqual([undefined, undefined]);
    const push = settingsFromArgs(['check'], workspace(), { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventFile({ before: BEFORE }) });
    expect([push?.settings.scope, push?.settings.pullRequestBase]).toEqual([undefined, BEFORE]);
  });

  it("the CLI outside GitHub Actions takes the remote's default branch as base unless --base or --scope all says otherwise", () => {
    const base = (args: string[], env: NodeJS.ProcessEnv = {}) => settingsFromArgs(['check', ...args], workspace(), env)?.settings.defaultBranchBase;
    expect(base([])).toBe(true);
    expect(base(['--scope', 'changed'])).toBe(true);
    expect(base(['--base', 'v1.0.0'])).toBe(false);
    expect(base(['--scope', 'all'])).toBe(false);
    expect(base([], { GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(settingsFromArgs(['check', '--scope', 'all'], workspace(), {})?.settings.scope).toBe('all');
  });
});

describe('doc links', () => {
  afterEach(() => useDocsFrom(undefined));

  it('the CLI links to the package repository at its own release, or at the default branch between releases', () => {
    expect(packageJson.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    const repository = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(docsUrl('sequence-gap')).toBe(`${repository}/blob/${docsRefFor(VERSION)}/docs/checks/sequence-gap.md`);
    expect(docsRefFor('1.4.2')).toBe('v1.4.2');
    expect(docsRefFor('0.2.0-dev')).toBe('main');
    expect(docsRefFor('1.5.0-rc.1')).toBe('main');
  });

  it('a version without a prerelease marker is a release: CHANGELOG.md has its section (and the release workflow its tag)', () => {
    const changelog = readFileSync(path.join(__dirname, '..', '..', 'CHANGELOG.md'), 'utf8');
    if (!VERSION.includes('-')) expect(changelog).toContain(`## [${VERSION}]`);
    else expect(changelog).not.toContain(`## [${VERSION.split('-')[0]}]`);
  });

  it('the action links to the repository and ref it runs from, a fork or a pinned SHA included', () => {
    const env = {
      GITHUB_WORKSPACE: workspace(),
      GITHUB_ACTION_REPOSITORY: 'someone/migration-guard-fork',
      GITHUB_ACTION_REF: 'v1',
      GITHUB_SERVER_URL: 'https://ghe.example',
    };
    useDocsFrom(settingsFromAction(env).docs);
    expect(docsUrl('up-failed')).toBe('https://ghe.example/someone/migration-guard-fork/blob/v1/docs/checks/up-failed.md');
    const line = annotationCommand({ check: 'up-failed', severity: 'error', message: 'm' }, '/');
    expect(line).toContain('Docs: https://ghe.example/someone/migration-guard-fork/blob/v1/docs/checks/up-failed.md');
  });

  it('uses: ./ runs the workspace at its commit', () => {
    const env = { GITHUB_WORKSPACE: workspace(), GITHUB_REPOSITORY: 'me/app', GITHUB_SHA: SHA };
    useDocsFrom(settingsFromAction(env).docs);
    expect(docsUrl('up-failed')).toBe(`https://github.com/me/app/blob/${SHA}/docs/checks/up-failed.md`);
  });
});
