import { renderedAsAWhole, type RenderedKind } from '../formats/rendered';
import { defineCheck } from './check';

const SAYS: Record<RenderedKind, string> = {
  template: 'these files are rendered by the application before they run; point migration-guard at the rendered files',
  'other-language': "these files are not SQL, yet their names match the tool's pattern: the application runs them its own way",
  'other-dialect': 'these files are written for another database (SQLite or MySQL), not PostgreSQL',
};

/**
 * Files not meant to run as committed, said once for the directory instead of one SQL error per file, when they make up
 * the directory as a whole (renderedAsAWhole: at least half of its files, or every up); a few such files among PostgreSQL
 * ones run, and fail as their own up-failed or down-failed, which names what was seen.
 * Such a directory is not run at all (a partial run would check a schema nobody deploys), and this finding
 * counts as "could not check" (exit code 2).
 */
export const renderedFilesCheck = defineCheck({
  id: 'rendered-files',
  severity: 'warning',
  summary:
    'The migrations are templates, files of another language or SQL of another database as a whole (half of the files, or every up): the directory is not run, and this is said once.',
  needs: [],
  couldNotCheck: true,
  stopsRun: (set) => {
    const rendered = renderedAsAWhole(set.files);
    return rendered.length ? `${rendered.length} file(s) cannot run on PostgreSQL as committed (rendered-files)` : undefined;
  },
  run: ({ set }) => {
    const found = renderedAsAWhole(set.files);
    const first = found.at(0);
    if (!first) return [];
    const kinds = [...new Set(found.map((f) => f.kind))];
    const listed = found
      .slice(0, 5)
      .map((f) => `${f.name}${f.line > 1 ? ` line ${f.line}` : ''}: ${f.evidence}`)
      .join('; ');
    const more = found.length > 5 ? `; and ${found.length - 5} more` : '';
    return [
      {
        check: 'rendered-files',
        severity: 'warning' as const,
        file: first.path,
        line: first.line,
        version: set.files.find((f) => f.path === first.path)?.versionText,
        message:
          `${found.length} of ${new Set(set.files.map((f) => f.path)).size} file(s) cannot run on PostgreSQL as committed (${listed}${more}): ` +
          `${kinds.map((k) => SAYS[k]).join('; ')}. Nothing in this directory was run on PostgreSQL.`,
        hint: kinds.includes('template')
          ? 'Render the migrations in CI the way the application does (e.g. into a temporary directory) and give that directory to migration-guard.'
          : 'Give migration-guard a directory of PostgreSQL SQL migrations only.',
      },
    ];
  },
});
