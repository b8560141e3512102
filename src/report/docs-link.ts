import packageJson from '../../package.json';
import type { DocsSource } from '../settings/settings';
import { VERSION } from '../version';

/** The package's repository (package.json, inlined at bundle time): `git+https://github.com/o/r.git` -> `https://github.com/o/r`. */
export const REPOSITORY_URL = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The branch a version that was never tagged links to. */
export const DEFAULT_BRANCH = 'main';

/**
 * The ref whose pages describe this build, decided offline from the version alone: a release (`1.4.2`, whose tag
 * `v1.4.2` the release workflow creates and requires package.json to match) links to its tag; a build between
 * releases carries a prerelease marker (`0.2.0-dev`, `1.5.0-rc.1`) and links to the default branch, where pages of
 * checks newer than the last release exist.
 */
export function docsRefFor(version: string): string {
  return version.includes('-') ? DEFAULT_BRANCH : `v${version}`;
}

/** The CLI links to the pages of the release it is; the action calls useDocsFrom with the repository and ref it runs from. */
let source: DocsSource = { repositoryUrl: REPOSITORY_URL, ref: docsRefFor(VERSION) };

export function useDocsFrom(docs: DocsSource | undefined): void {
  source = docs ?? { repositoryUrl: REPOSITORY_URL, ref: docsRefFor(VERSION) };
}

/** Where each check's page lives (docs/checks/<id>.md), for comment, summary, annotations and SARIF. */
export function docsUrl(checkId: string): string {
  return `${source.repositoryUrl}/blob/${source.ref.split('/').map(encodeURIComponent).join('/')}/docs/checks/${checkId}.md`;
}
