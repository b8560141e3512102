import * as path from 'node:path';
import type { Finding, FixFile } from '../findings';
import type { MigrationFile, MigrationSet } from '../formats/migration-set';
import { statementsOfSection, type Statement } from '../sql/text';
import { traceOf, type FixCandidate, type FixSource, type FixWriter, type Written } from './candidate';
import { constraintUsing, indexBeforeItsConstraint } from './validating-constraint-using-index';

/** `CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON [ONLY] [schema.]table`, on the statement's folded text. */
const CREATE_INDEX =
  /^CREATE (UNIQUE )?INDEX (?:IF NOT EXISTS )?("(?:[^"]|"")+"|[A-Za-z_][\w$]*) ON (?:ONLY )?((?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)\.)?/i;

/**
 * blocking-index-build: the index built with CREATE INDEX CONCURRENTLY IF NOT EXISTS in a migration of its own, after
 * the newest one, in the tool's form for a statement that cannot run in a transaction block (formats/: newMigration),
 * with a down that drops it CONCURRENTLY IF EXISTS. The statement leaves the original up, and a drop of the index in
 * the original down gets IF EXISTS (the new migration's down drops it first). An index that is the only statement of
 * a section sent without a transaction block is made concurrent where it is.
 */
export const concurrentIndex: FixWriter = {
  checks: ['blocking-index-build'],
  write(finding: Finding, { set, run }: FixSource): Written {
    const m = traceOf(finding, run)?.migration;
    const up = m?.up;
    if (!m || !up) return undefined;
    const inUp = statementsOfSection(up);
    const statement = inUp.find((s) => s.line === finding.line);
    const parsed = statement && CREATE_INDEX.exec(statement.text);
    if (!statement || !parsed) return { notWritten: 'the CREATE INDEX statement could not be read back from the file' };
    const [, unique, name, schema = ''] = parsed;
    const create = terminated(
      statement.text.replace(/^CREATE (UNIQUE )?INDEX (IF NOT EXISTS )?/i, `CREATE ${unique ? 'UNIQUE ' : ''}INDEX CONCURRENTLY IF NOT EXISTS `),
    );
    // A unique index the same up then takes over as a constraint must exist before it: built one version before.
    const uses = unique ? constraintUsing(inUp, statement, name) : undefined;
    const migrationAt = (versionText: string) => indexMigration(set, versionText, { create, name: `${schema}${name}` });
    if (uses) return indexBeforeItsConstraint({ set, migration: m, up, statement, name, qualified: `${schema}${name}`, uses, migrationAt });
    if (inUp.length === 1) {
      if (up.execution.transaction === 'wrapped')
        return { notWritten: "the file's only statement runs in the tool's transaction; mark the file to run outside one" };
      return {
        summary: `Builds index ${name} with CREATE INDEX CONCURRENTLY: writes to the table go on during the build.`,
        files: [{ path: up.path, content: `${up.text.slice(0, statement.start)}${create}${up.text.slice(statement.end)}` }],
        versions: [m.version],
      };
    }
    return ownMigration(set, m.version, { up, down: m.down }, statement, { create, name: `${schema}${name}` });
  },
};

function ownMigration(
  set: MigrationSet,
  version: bigint,
  files: { up: MigrationFile; down?: MigrationFile },
  statement: Statement,
  index: { create: string; name: string },
): FixCandidate {
  const next = nextVersion(set);
  const created = indexMigration(set, next.text, index);
  // The CREATE INDEX leaves the up; a drop of the same index in the down (maybe the same file) gets IF EXISTS.
  const edits = new Map<string, { text: string; edits: Edit[] }>([[files.up.path, { text: files.up.text, edits: [{ statement, by: '' }] }]]);
  const down = files.down && !files.down.absent ? files.down : undefined;
  const drops = down ? statementsOfSection(down).filter((s) => dropsIndex(s, index.name)) : [];
  for (const drop of down ? drops.map((statement) => ({ statement, path: down.path, text: down.text })) : []) {
    const file = edits.get(drop.path) ?? { text: drop.text, edits: [] };
    file.edits.push({ statement: drop.statement, by: `DROP INDEX IF EXISTS ${index.name};` });
    edits.set(drop.path, file);
  }
  const changed: FixFile[] = [...edits].map(([file, e]) => ({ path: file, content: edited(e.text, e.edits) }));
  return {
    summary: `Builds index ${index.name} with CREATE INDEX CONCURRENTLY in a migration of its own, ${created[0].name}, that runs outside a transaction: writes to the table go on during the build.`,
    files: [...changed, ...created.map((f) => ({ path: path.join(set.dir, f.name), content: f.text }))],
    versions: [version, next.value],
  };
}

/** The index's migration of its own: built CONCURRENTLY IF NOT EXISTS outside a transaction, dropped the same way by its down. */
export function indexMigration(set: MigrationSet, versionText: string, index: { create: string; name: string }): { name: string; text: string }[] {
  return set.format.newMigration({
    versionText,
    identifier: `${bare(index.name)}_concurrently`,
    up: index.create,
    down: `DROP INDEX CONCURRENTLY IF EXISTS ${index.name};`,
    outsideTransaction: true,
  });
}

/** `DROP INDEX [CONCURRENTLY] [IF EXISTS] [public.]name [;]` naming this index. */
function dropsIndex(s: Statement, name: string): boolean {
  const m = /^DROP INDEX (?:CONCURRENTLY )?(?:IF EXISTS )?(\S+?) ?;?$/i.exec(s.text);
  return !!m && (m[1] === name || m[1] === `public.${name}` || `public.${m[1]}` === name);
}

/** The version after the newest, as wide as the newest is written (000007 -> 000008, a timestamp plus one second's digit). */
export function nextVersion(set: MigrationSet): { value: bigint; text: string } {
  const newest = set.migrations.at(-1);
  const value = (newest?.version ?? 0n) + 1n;
  return { value, text: value.toString().padStart(newest?.versionText.length ?? 1, '0') };
}

/** A name fit for a file name: the index's, unquoted, without its schema. */
export function bare(name: string): string {
  return (name.split('.').at(-1) ?? name).replace(/"/g, '').replace(/\W/g, '_').toLowerCase();
}

export function terminated(sql: string): string {
  return sql.endsWith(';') ? sql : `${sql};`;
}

/** A statement replaced (`by`), or removed with the rest of its line when nothing else is on it (`by` empty). */
export interface Edit {
  statement: Statement;
  by: string;
}

export function edited(text: string, edits: Edit[]): string {
  let out = text;
  for (const { statement: s, by } of [...edits].sort((a, b) => b.statement.start - a.statement.start)) {
    let end = s.end;
    const tail = /^[ \t]*\r?\n/.exec(out.slice(end));
    if (!by && tail && (s.start === 0 || out[s.start - 1] === '\n')) end += tail[0].length;
    out = out.slice(0, s.start) + by + out.slice(end);
  }
  return out;
}
