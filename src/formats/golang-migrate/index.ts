import type { Client } from 'pg';
import type { MigrationFormat, NameResult, ParsedName, SectionsResult } from '../format';
import { looksLikeMigration, parseMigrationName } from './name';
import { GolangMigrateVersionTable, readGolangMigrateVersion } from './version-table';

/** golang-migrate (source/file + database/postgres): one file per direction, each sent whole as one simple query. */
export const golangMigrate: MigrationFormat = {
  tool: 'golang-migrate',
  words: {
    label: 'golang-migrate',
    upCommand: 'migrate up',
    downCommand: 'migrate down 1',
    exampleName: '000001_create_users.up.sql',
    createCommand: 'migrate create -seq',
    forceCommand: '`migrate -path <dir> -database "$DATABASE_URL" force {version}`',
    nameRule: 'Rename it to VERSION_title.up.sql or VERSION_title.down.sql (lower-case up/down, an underscore after the version).',
    skipsName: 'silently skips',
    unknownVersion: 'golang-migrate cannot migrate from it ("no migration found for version {version}")',
    deletedVersion: 'databases at version {version} fail with "no migration found for version {version}"',
    rollbackCommand: 'migrate down',
    sendsSection: 'golang-migrate sends the whole file as one query',
    outsideTransaction: 'a file with that one statement',
    transactionBlock: {
      implicit:
        'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction; ' +
        'statements such as CREATE INDEX CONCURRENTLY must be the only statement of their migration file.',
    },
    afterFailure: 'dirty',
    sharedSession: 'golang-migrate runs every file on one connection',
    statementTimeout: "golang-migrate's x-statement-timeout",
  },
  defaultTable: 'schema_migrations',
  capabilities: { directionFiles: true, sequentialVersions: true, gapsWarn: true },
  olderVersions: 'skipped',
  parseName(fileName: string): NameResult {
    const parsed = parseMigrationName(fileName);
    if (!parsed.ok) return { ok: false, reason: parsed.reason, lookalike: looksLikeMigration(fileName) };
    const { version, identifier, direction } = parsed.name;
    return { ok: true, name: { version, versionText: /^[0-9]+/.exec(fileName)?.[0] ?? version.toString(), identifier, direction } };
  },
  sections(text: string, name: ParsedName): SectionsResult {
    const range = { start: 0, end: text.length };
    return { ok: true, sections: [{ direction: name.direction ?? 'up', body: range, execution: { units: [range], transaction: 'implicit' } }] };
  },
  recognise(files) {
    return files.filter((f) => /^[0-9]+_.*\.(up|down)\.sql$/.test(f.name)).length;
  },
  versionTable: (client: Client, table: string) => new GolangMigrateVersionTable(client, table),
  // A file of one statement is sent alone, outside any transaction block: no marker is needed.
  newMigration: (m) => [
    { name: `${m.versionText}_${m.identifier}.up.sql`, text: `${m.up}\n` },
    { name: `${m.versionText}_${m.identifier}.down.sql`, text: `${m.down}\n` },
  ],
  readDeployed: readGolangMigrateVersion,
};
