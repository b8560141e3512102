import type { Client } from 'pg';
import type { MigrationFormat } from '../format';
import { parseDbmateName } from './name';
import { dbmateSections, hasUpMarker } from './sections';
import { DbmateVersionTable, readDbmateVersions } from './version-table';

/**
 * dbmate 2.36 (amacneil/dbmate, PostgreSQL driver): one `<version>_<name>.sql` per version with a
 * `-- migrate:up` and a `-- migrate:down` section, each sent verbatim as one simple query, in a
 * transaction with its version row unless the marker says `transaction:false`.
 */
export const dbmate: MigrationFormat = {
  tool: 'dbmate',
  words: {
    label: 'dbmate',
    upCommand: 'dbmate up',
    downCommand: 'dbmate rollback',
    exampleName: '20240101120000_create_users.sql',
    createCommand: 'dbmate new',
    forceCommand:
      "dbmate has no force command; the equivalent is one row per version: `INSERT INTO {table} (version) VALUES ('<version>')` for every version up to {version}",
    nameRule: 'Rename it to VERSION_title.sql (the version digits first, lower-case .sql), as `dbmate new` names files.',
    skipsName: 'silently skips',
    unknownVersion: 'dbmate keeps applying newer files, but `dbmate rollback` cannot find a file for version {version}',
    deletedVersion: 'databases at version {version} can no longer roll it back (`dbmate rollback` has no file for it)',
    sectionMarkers: { up: '-- migrate:up', down: '-- migrate:down' },
    rollbackCommand: 'dbmate rollback',
    sendsSection: 'dbmate sends the whole section as one query',
    outsideTransaction: 'transaction:false',
    transactionBlock: {
      wrapped:
        'dbmate runs a section in one transaction with its version row; statements such as CREATE INDEX CONCURRENTLY need ' +
        '`transaction:false` on the `{marker}` line, and must then be the only statement of their section.',
      none:
        'dbmate sends the whole section as one query, which PostgreSQL runs as one transaction even with transaction:false; ' +
        'statements such as CREATE INDEX CONCURRENTLY must be the only statement of their section (move the others to a migration of their own).',
    },
    afterFailure: 'half-migrated',
    sharedSession: 'dbmate runs the files one after the other on one connection',
    statementTimeout: 'a statement_timeout on the deploying role',
  },
  defaultTable: 'schema_migrations',
  // Both directions live in one file (no missing up, no mismatched pair); `dbmate new` makes timestamps only,
  // so a gap between two versions means nothing.
  capabilities: { directionFiles: false, sequentialVersions: false, gapsWarn: false },
  // `dbmate up` applies every version without a row, older ones included (unless --strict).
  olderVersions: 'applied',
  parseName: parseDbmateName,
  sections: dbmateSections,
  /** Files dbmate would run and that hold its up marker: golang-migrate and goose files do not. */
  recognise(files) {
    return files.filter((f) => parseDbmateName(f.name).ok && hasUpMarker(f.text)).length;
  },
  versionTable: (client: Client, table: string) => new DbmateVersionTable(client, table),
  newMigration: (m) => {
    const options = m.outsideTransaction ? ' transaction:false' : '';
    return [{ name: `${m.versionText}_${m.identifier}.sql`, text: `-- migrate:up${options}\n${m.up}\n\n-- migrate:down${options}\n${m.down}\n` }];
  },
  readDeployed: readDbmateVersions,
};
