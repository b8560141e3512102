/** Where each check's page lives (docs/checks/<id>.md of this repository), for comment, summary, annotations and SARIF. */
export const REPOSITORY_URL = 'https://github.com/migration-guard/migration-guard';

export function docsUrl(checkId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/checks/${checkId}.md`;
}
