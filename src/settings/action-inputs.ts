import { readEvent } from './event';
import { readRows, settingsFrom, type NameOf, type RawSettings } from './settings';
import { ACTION_ONLY_SETTINGS, SETTINGS } from './table';
import type { ActionSettings, DocsSource } from './types';

/** How the action names a setting in messages. */
const inputName: NameOf = (row) => `input '${row.input}'`;

/**
 * The repository and ref the action runs from (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF, e.g. owner/repo at v1),
 * so a fork or a pinned SHA links to its own pages; `uses: ./` leaves both empty and runs the workspace's commit.
 */
function docsSourceOf(env: NodeJS.ProcessEnv, serverUrl: string): DocsSource | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  if (repository && ref) return { repositoryUrl: `${serverUrl}/${repository}`, ref };
  const workspace = env.GITHUB_REPOSITORY?.trim();
  if (!repository && workspace && env.GITHUB_SHA) return { repositoryUrl: `${serverUrl}/${workspace}`, ref: env.GITHUB_SHA };
  return undefined;
}

/** Action inputs arrive as INPUT_<NAME> (upper-cased, hyphens kept); a hand-started process gets no defaults, so every one is optional here. */
export function settingsFromAction(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const raw: RawSettings = Object.fromEntries(SETTINGS.map((row) => [row.input, env[`INPUT_${row.input.toUpperCase()}`]]));
  const root = env.GITHUB_WORKSPACE || process.cwd();
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const settings = settingsFrom(raw, root, inputName, env, event);
  const own = readRows(ACTION_ONLY_SETTINGS, raw, inputName, { root, env, scopeDefault: undefined }) as Pick<
    ActionSettings,
    'reportPath' | 'mergeReports' | 'sarifFile' | 'comment' | 'githubToken'
  >;
  const pr = event?.pull_request;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const fullName = event?.repository?.full_name;
  const repository = env.GITHUB_REPOSITORY || (typeof fullName === 'string' ? fullName : undefined);
  return {
    ...settings,
    ...own,
    docs: docsSourceOf(env, serverUrl),
    github: {
      serverUrl,
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
      repository,
      runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      pullRequest:
        typeof pr?.number === 'number' ? { number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined } : undefined,
    },
  };
}
