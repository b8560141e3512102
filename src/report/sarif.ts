import { CHECKS } from '../checks';
import type { Severity } from '../findings';
import type { Outcome } from '../outcome';
import { docsUrl, REPOSITORY_URL } from './docs-link';
import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { VERSION } from '../version';
import { relativePath } from './paths';
import { showBidi } from './escape';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif and other code-scanning
 * tools: one rule per check (with its doc page as help), one result per
 * finding, paths relative to `root` (the repository, %SRCROOT%).
 */
export function buildSarif(outcome: Outcome, root: string): Log {
  const ruleIndex = new Map(CHECKS.map((c, i) => [c.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'migration-guard',
            informationUri: REPOSITORY_URL,
            version: VERSION,
            rules: CHECKS.map((c) => ({
              id: c.id,
              name: c.id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: c.summary },
              helpUri: docsUrl(c.id),
              help: {
                text: `${c.summary} Problem, how to fix and an example: ${docsUrl(c.id)}`,
                markdown: `${c.summary}\n\n[Problem, how to fix and an example](${docsUrl(c.id)})`,
              },
              defaultConfiguration: { level: LEVEL[c.severity] },
            })),
          },
        },
        // One category per migrations directory, so two directories' uploads do not close each other's alerts.
        automationDetails: { id: `migration-guard/${relativePath(outcome.set.dir, root) || '.'}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        results: outcome.findings.map((f) => {
          const file = relativePath(f.file, root);
          return {
            ruleId: f.check,
            ruleIndex: ruleIndex.get(f.check),
            level: LEVEL[f.severity],
            message: { text: showBidi(f.hint ? `${f.message}\n${f.hint}` : f.message) },
            locations: file
              ? [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
                      region: {
                        startLine: f.line ?? 1,
                        ...(f.column ? { startColumn: f.column } : {}),
                        ...(f.endLine ? { endLine: f.endLine } : {}),
                      },
                    },
                  },
                ]
              : [],
            // Stable across runs so code scanning can track a finding from one push to the next.
            partialFingerprints: { 'migrationGuard/v1': `${f.check}:${file ?? ''}:${f.version ?? ''}` },
          };
        }),
        invocations: [
          {
            executionSuccessful: !outcome.infrastructureError,
            ...(outcome.infrastructureError
              ? { toolExecutionNotifications: [{ level: 'error', message: { text: showBidi(outcome.infrastructureError) } }] }
              : {}),
          },
        ],
      },
    ],
  };
}
