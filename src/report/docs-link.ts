import packageJson from '../../package.json';
import type { DocsSource } from '../settings/settings';
import { VERSION } from '../version';

/** The package's repository (package.json, inlined at bundle time): `git+https://github.com/o/r.git` -> `https://github.com/o/r`. */
export const REPOSITORY_URL = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The CLI links to the pages of the release it is; the action calls useDocsFrom with the repository and ref it runs from. */
let source: DocsSource = { repositoryUrl: REPOSITORY_URL, ref: `v${VERSION}` };

export function useDocsFrom(docs: DocsSource | undefined): void {
  source = docs ?? { repositoryUrl: REPOSITORY_URL, ref: `v${VERSION}` };
}

/** Where each check's page lives (docs/checks/<id>.md), for comment, summary, annotations and SARIF. */
export function docsUrl(checkId: string): string {
  return `${source.repositoryUrl}/blob/${source.ref.split('/').map(encodeURIComponent).join('/')}/docs/checks/${checkId}.md`;
}
