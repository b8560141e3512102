import type { Logger } from '../log';
import { loadMigrationSet } from '../formats';
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
