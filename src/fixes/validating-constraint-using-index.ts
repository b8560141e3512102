import * as path from 'node:path';
import type { Migration, MigrationFile, MigrationSet } from '../formats/migration-set';
import type { Statement } from '../sql/text';
import type { Written } from './candidate';
import { alterTable, FileEdits, rebuildAfterDrop, versionBefore } from './validating-constraint-edits';
import { IDENT, unquoted } from './sql-names';

/** A later statement of the same up that turns the index into a constraint: `ALTER TABLE t ADD CONSTRAINT c UNIQUE|PRIMARY KEY USING INDEX index`. */
export function constraintUsing(statements: Statement[], after: Statement, index: string): { table: string; constraint: string } | undefined {
  for (const s of statements.filter((o) => o.start > after.start)) {
    const parsed = alterTable(s.text);
    const m = parsed && new RegExp(String.raw`^ADD CONSTRAINT (${IDENT}) (?:UNIQUE|PRIMARY KEY) USING INDEX (${IDENT})$`, 'i').exec(parsed.command);
    if (parsed && m && unquoted(m[2]) === unquoted(index)) return { table: parsed.table, constraint: m[1] };
  }
  return undefined;
}

export interface IndexForConstraint {
  set: MigrationSet;
  migration: Migration;
  up: MigrationFile;
  /** The CREATE UNIQUE INDEX statement, as the up has it. */
  statement: Statement;
  /** The index's name as written, and schema-qualified as its drop must name it. */
  name: string;
  qualified: string;
  uses: { table: string; constraint: string };
  /** The index's migration of its own at a version, in the tool's form (concurrent-index.ts). */
  migrationAt: (versionText: string) => { name: string; text: string }[];
}

/**
 * blocking-index-build on a unique index that a later statement of the same up takes over as a constraint (USING
 * INDEX): the index must exist before that statement, so its migration of its own goes one version before the
 * finding's, not after the newest. The CREATE leaves the up; the down, whose DROP CONSTRAINT drops the index too, builds
 * it again after it (the migration before left it there).
 */
export function indexBeforeItsConstraint(f: IndexForConstraint): Written {
  const before = versionBefore(f.set, f.migration);
  if (!before)
    return {
      notWritten: `${f.uses.constraint} takes the index over in the same file, so the index's migration of its own must run before ${f.migration.versionText}, and no version is free there; renumber the migration to leave one`,
    };
  const created = f.migrationAt(before.text);
  const edits = new FileEdits();
  edits.remove(f.up, f.statement);
  const plain = f.statement.text.replace(/^CREATE UNIQUE INDEX (?:IF NOT EXISTS )?/i, 'CREATE UNIQUE INDEX IF NOT EXISTS ').replace(/ ?;?$/, ';');
  rebuildAfterDrop(edits, f.migration, f.uses.table, f.uses.constraint, plain);
  return {
    summary: `Builds index ${f.qualified} with CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, ${created[0].name}, that runs just before ${f.uses.constraint} takes it over: writes to the table go on during the build.`,
    files: [...edits.result(), ...created.map((c) => ({ path: path.join(f.set.dir, c.name), content: c.text }))],
    versions: [before.value, f.migration.version],
  };
}
