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
  words: { label: 'dbmate', upCommand: 'dbmate up', downCommand: 'dbmate rollback', exampleName: '20240101120000_create_users.sql' },
  defaultTable: 'schema_migrations',
  // Both directions live in one file (no missing up, no mismatched pair); versions are timestamps by
  // default (`dbmate new`), so a gap between two of them means nothing.
  skippedChecks: new Set(['missing-up', 'mismatched-pair', 'sequence-gap']),
  // `dbmate up` applies every version without a row, older ones included (unless --strict).
  olderVersions: 'applied',
  parseName: parseDbmateName,
  sections: dbmateSections,
  /** Files dbmate would run and that hold its up marker: golang-migrate and goose files do not. */
  recognise(files) {
    return files.filter((f) => parseDbmateName(f.name).ok && hasUpMarker(f.text)).length;
  },
  versionTable: (client: Client, table: string) => new DbmateVersionTable(client, table),
  readDeployed: readDbmateVersions,
};
