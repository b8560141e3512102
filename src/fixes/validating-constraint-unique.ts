import * as path from 'node:path';
import type { Written } from './candidate';
import { indexMigration } from './concurrent-index';
import type { ConstraintAt } from './validating-constraint';
import { FileEdits, rebuildAfterDrop, versionBefore } from './validating-constraint-edits';
import { IDENT, schemaPrefix } from './sql-names';

/**
 * UNIQUE: the unique index built CONCURRENTLY IF NOT EXISTS in a migration of its own just before the finding's
 * (concurrent-index.ts writes it in the tool's form), and the constraint added where it was with USING INDEX, which
 * takes the index over without a scan. Dropping the constraint drops the index with it, so the finding's down builds
 * the index again after its DROP CONSTRAINT: that is the state the migration before it leaves.
 */
export function uniqueThroughIndex(at: ConstraintAt): Written {
  const { set, migration, up, statement, table, command } = at;
  const m = new RegExp(String.raw`^ADD CONSTRAINT (${IDENT}) UNIQUE ?\(([^()]+)\)$`, 'i').exec(command);
  if (!m)
    return {
      notWritten:
        'the UNIQUE constraint has no name, or options a plain unique index cannot carry; add it as ADD CONSTRAINT <name> UNIQUE (<columns>)',
    };
  const [, name, columns] = m;
  const before = versionBefore(set, migration);
  if (!before)
    return {
      notWritten: `no version is free just before ${migration.versionText} for the index's migration of its own, which must run first; renumber the migration to leave one`,
    };
  const index = `${schemaPrefix(table)}${name}`;
  const created = indexMigration(set, before.text, {
    create: `CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ${name} ON ${table} (${columns});`,
    name: index,
  });
  const edits = new FileEdits();
  edits.replace(up, statement.start, statement.end, `ALTER TABLE ${table} ADD CONSTRAINT ${name} UNIQUE USING INDEX ${name};`);
  rebuildAfterDrop(edits, migration, table, name, `CREATE UNIQUE INDEX IF NOT EXISTS ${name} ON ${table} (${columns});`);
  return {
    summary: `Builds the unique index ${name} with CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, ${created[0].name}, that runs first, then adds the constraint USING INDEX: no scan under lock, writes go on during the build.`,
    files: [...edits.result(), ...created.map((f) => ({ path: path.join(set.dir, f.name), content: f.text }))],
    versions: [before.value, migration.version],
  };
}
