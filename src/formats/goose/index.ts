import { statementsOf } from '../../sql/text';
import type { MigrationFormat } from '../format';
import { readAnnotation } from './annotations';
import { scanLines } from './go-text';
import { parseGooseName } from './name';
import { gooseSections } from './sections';
import { gooseVersionTable, readGooseDeployed } from './version-table';

/** Whether goose would see a `-- +goose Up` annotation in the text (a line only goose gives meaning to). */
export function hasGooseUp(text: string): boolean {
  return scanLines(text).some((line) => {
    const found = readAnnotation(line.text);
    return found.kind === 'annotation' && found.annotation === 'Up';
  });
}

/**
 * goose ends a statement at any line that ends with `;`: a statement with such a line inside (a DO block's or a
 * function's body) goes between StatementBegin and StatementEnd, so that goose sends it whole.
 */
function wholeStatement(text: string): string {
  const split = /;[ \t]*\r?\n/.test(text.slice(0, text.lastIndexOf(';')));
  return split ? `-- +goose StatementBegin\n${text}\n-- +goose StatementEnd` : text;
}

/** Each statement of a section a fix writes, kept whole. */
function keptWhole(sql: string): string {
  let out = '';
  let at = 0;
  for (const s of statementsOf(sql)) {
    out += sql.slice(at, s.start) + wholeStatement(sql.slice(s.start, s.end));
    at = s.end;
  }
  return out + sql.slice(at);
}

/** pressly/goose, SQL migrations on PostgreSQL: one `<version>_<title>.sql` per version holding both directions. */
export const goose: MigrationFormat = {
  tool: 'goose',
  words: {
    label: 'goose',
    upCommand: 'goose up',
    downCommand: 'goose down',
    exampleName: '00001_create_users.sql',
    createCommand: 'goose create -s',
    forceCommand:
      'goose has no force command; the equivalent is one applied row per version: `INSERT INTO {table} (version_id, is_applied) VALUES (<version>, true)` for every version up to {version}',
    nameRule: 'Rename it to VERSION_title.sql: a version above zero (digits), an underscore, the title, lower-case .sql.',
    skipsName: 'does not run',
    unknownVersion: 'goose keeps applying newer files, but `goose down` cannot roll back a version it has no file for ({version})',
    deletedVersion: 'databases at version {version} can no longer roll it back (`goose down` has no file for it)',
    sectionMarkers: { up: '-- +goose Up', down: '-- +goose Down' },
    rollbackCommand: 'goose down',
    sendsSection: 'goose sends each statement of a section as a query of its own',
    outsideTransaction: '-- +goose NO TRANSACTION',
    transactionBlock: {
      wrapped:
        'goose runs the statements of a section in one transaction unless the file says otherwise; ' +
        'statements such as CREATE INDEX CONCURRENTLY need `-- +goose NO TRANSACTION` in their file (the whole file then runs without one).',
      none:
        'With NO TRANSACTION goose sends each statement on its own, so this one shared a query with others (a `-- +goose StatementBegin` block, ' +
        'or a BEGIN of its own): give statements such as CREATE INDEX CONCURRENTLY a statement of their own, outside such blocks.',
    },
    afterFailure: 'half-migrated',
    sharedSession: 'goose runs the files one after the other on one connection',
    statementTimeout: 'a statement_timeout on the deploying role',
  },
  defaultTable: 'goose_db_version',
  // One file holds both directions: there is no separate up or down file to miss or to mismatch.
  capabilities: { directionFiles: false, sequentialVersions: true, gapsWarn: false },
  // goose up fails with "detected N missing (out-of-order) migrations" unless -allow-missing.
  olderVersions: 'refused',
  parseName: parseGooseName,
  sections: gooseSections,
  recognise: (files) => files.filter((file) => file.name.endsWith('.sql') && hasGooseUp(file.text)).length,
  versionTable: gooseVersionTable,
  newMigration: (m) => [
    {
      name: `${m.versionText}_${m.identifier}.sql`,
      text: `${m.outsideTransaction ? '-- +goose NO TRANSACTION\n' : ''}-- +goose Up\n${keptWhole(m.up)}\n\n-- +goose Down\n${keptWhole(m.down)}\n`,
    },
  ],
  wholeStatement,
  readDeployed: readGooseDeployed,
};
