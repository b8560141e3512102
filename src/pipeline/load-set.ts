import type { Logger } from '../log';
import { loadMigrationSet } from '../formats';
import { renderedFiles } from '../formats/rendered';
import type { MigrationSet } from '../formats/migration-set';
import { relativePath } from '../report/paths';
import type { Settings } from '../settings/settings';

/** The migrations directory read through its tool's format. */
export async function loadSet(settings: Settings, log: Logger): Promise<MigrationSet> {
  return log.group('Loading migrations', async () => {
    const shownAs = relativePath(settings.migrationsPath, settings.root) ?? settings.migrationsPath;
    const loaded = await loadMigrationSet(settings.migrationsPath, { shownAs, repository: settings.root, tool: settings.migrationTool });
    log.info(`${loaded.format.words.label} (${loaded.formatReason}): ${loaded.migrations.length} migration(s) in ${loaded.dir}`);
    return loaded;
  });
}

/**
 * A directory the tool would not run as it is gets its static findings and no run of a partial set: duplicate
 * versions (golang-migrate and goose refuse to load the directory; dbmate keeps one row per version, so one file never runs),
 * or files not meant to run as committed (rendered-files).
 */
export function whyNotRun(set: MigrationSet): string | undefined {
  if (set.duplicates.length) {
    const versions = [...new Set(set.duplicates.map((d) => d.files[0]?.versionText ?? d.version.toString()))].join(', ');
    return `${set.format.words.label} would not run this directory: version(s) ${versions} appear more than once (duplicate-version)`;
  }
  const rendered = renderedFiles(set.files);
  if (rendered.length) return `${rendered.length} file(s) cannot run on PostgreSQL as committed (rendered-files)`;
  return undefined;
}
