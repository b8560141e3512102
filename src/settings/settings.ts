import { ConnectionError, parseConnection } from '../connection';
import { configIn, withConfig, type ConfigFile } from './config-file';
import { SettingsError } from './error';
import { eventBase, scopeDefaultFor, type EventPayload } from './event';
import type { ReadContext } from './readers';
import { settingRow, SHARED_SETTINGS, type SettingRow } from './table';
import type { Settings } from './types';

export { SettingsError } from './error';
export type { ActionSettings, DocsSource, GitHubContext, Settings } from './types';

/** Setting texts by input name (migrations-path, fail-on, ...), as inputs, flags or the config file carry them. */
export type RawSettings = Readonly<Record<string, string | undefined>>;

/** How a user names a setting in messages, from its row: "input 'fail-on'" in the action, "--fail-on" on the command line. */
export type NameOf = (row: SettingRow) => string;

/** Reads `rows` from `raw` into the fields they fill, each with the row's default. */
export function readRows(rows: readonly SettingRow[], raw: RawSettings, name: NameOf, context: Omit<ReadContext, 'name' | 'fallback'>) {
  const out: Record<string, unknown> = {};
  for (const row of rows) out[row.field] = row.read(raw[row.input], { ...context, name: name(row), fallback: row.default ?? '' });
  return out;
}

/**
 * Validates raw strings (by input name) into Settings; `name` maps a row to the input or flag a user would fix.
 * `scopeDefault` is the scope when neither input, flag nor config file sets one: `changed` on pull requests (event.ts).
 */
export function toSettings(raw: RawSettings, root: string, name: NameOf, env: NodeJS.ProcessEnv = process.env, scopeDefault?: 'changed'): Settings {
  const named = (input: string) => name(settingRow(input));
  // Each row's reader is typed against its field (table.ts); the fields no input sets are the ones given here.
  const settings = {
    ...readRows(SHARED_SETTINGS, raw, name, { root, env, scopeDefault }),
    root,
    severities: new Map(),
    secrets: [],
    connectionNotes: [],
  } as unknown as Settings;
  settings.drift &&= !!settings.targetDatabaseUrl;
  for (const row of SHARED_SETTINGS.filter((r) => r.connection)) {
    const text = raw[row.input]?.trim();
    if (!text) continue;
    try {
      const connection = parseConnection(text, name(row), env);
      // The whole string too: a key=value string or URL echoed by a server or library is masked as one.
      settings.secrets.push(...(connection.password ? [connection.password, text] : []));
      settings.connectionNotes.push(...connection.notes);
    } catch (error) {
      if (error instanceof ConnectionError) throw new SettingsError(error.message);
      throw error;
    }
  }
  if (settings.rehearsalDatabaseUrl && !settings.targetDatabaseUrl) {
    throw new SettingsError(
      `${named('rehearsal-database-url')} needs ${named('target-database-url')}: the copy is checked against the target before anything runs on it`,
    );
  }
  if (settings.postgres === 'url' && !settings.databaseUrl)
    throw new SettingsError(`${named('postgres')} is 'url' but ${named('database-url')} is empty`);
  return settings;
}

/**
 * Inputs or flags (`raw`, by input name) -> Settings, as both the action and the command line read them: the config
 * file at `root` fills what they leave empty, and the event's base becomes the base (and the default scope).
 */
export function settingsFrom(raw: RawSettings, root: string, name: NameOf, env: NodeJS.ProcessEnv, event: EventPayload | undefined): Settings {
  const config = configIn(root, raw.config?.trim() || undefined, name(settingRow('config')));
  const base = eventBase(event);
  const { values: filled, from } = withConfig(raw, config);
  // A bad value from the file is reported where it is written (file:line: key), not as the flag or input nobody gave.
  const named: NameOf = (row) => from.get(row.input) ?? name(row);
  const settings = withConfigFile(toSettings(filled, root, named, env, scopeDefaultFor(filled['base-ref'], base)), config);
  return { ...settings, pullRequestBase: base?.sha, pullRequestBaseLabel: base?.label };
}

/** What only the config file sets: per-check severities, and checks turned off. */
function withConfigFile(settings: Settings, config: ConfigFile | undefined): Settings {
  if (!config) return settings;
  for (const id of config.disabled) settings.disabled.add(id);
  return { ...settings, severities: config.severities, configFile: config.path };
}
