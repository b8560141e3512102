import * as path from 'node:path';
import type { AlterCommand } from '../engine/observe/types';
import type { Finding } from '../findings';
import type { Migration, MigrationFile, MigrationSet } from '../formats/migration-set';
import type { Statement } from '../sql/text';
import { traceOf, type FixSource, type FixWriter, type Written } from './candidate';
import { nextVersion } from './concurrent-index';
import { statementsOfSection } from '../sql/text';
import { FIX_LOCK_TIMEOUT } from './lock-timeout';
import { alterTable, downOf, downStatements, FileEdits } from './validating-constraint-edits';
import { IDENT, lastPart, sameRelation, unquoted } from './sql-names';
import { notNullSteps } from './not-null-steps';
import { uniqueThroughIndex } from './validating-constraint-unique';

/** The finding's statement: where it is in the up, what the analysis pass read from it, and its table as written. */
export interface ConstraintAt {
  set: MigrationSet;
  migration: Migration;
  up: MigrationFile;
  statement: Statement;
  table: string;
  command: string;
}

/**
 * validating-constraint: the same constraint added without the scan under lock, in one of three shapes, each proven by
 * running it (verify.ts) before it is offered. CHECK / FOREIGN KEY: NOT VALID where it is, VALIDATE CONSTRAINT in a
 * new migration after the newest. SET NOT NULL: a NOT VALID `IS NOT NULL` check where it is, validated and turned into
 * SET NOT NULL by a new migration (not-null-steps.ts). UNIQUE: the index built CONCURRENTLY in a migration of its own
 * just before, then ADD CONSTRAINT ... USING INDEX where the constraint was.
 */
export const validatingConstraintFix: FixWriter = {
  checks: ['validating-constraint'],
  write(finding: Finding, { set, run }: FixSource): Written {
    const trace = traceOf(finding, run);
    const up = trace?.migration.up;
    const observed = trace?.observed?.statements.find((s) => s.line === finding.line);
    const statement = up && statementsOfSection(up).find((s) => s.line === finding.line);
    if (!trace || !up || !observed) return undefined;
    // After an up that fails on rows, the run goes on without them: a VALIDATE written after it would pass unseen.
    if (trace.data?.upFailure)
      return { notWritten: 'the up already fails on rows like production may hold (up-fails-on-data); make it pass on them first' };
    const parsed = statement && alterTable(statement.text);
    const commands = observed.facts.commands ?? [];
    if (!statement || !parsed) return { notWritten: 'the ALTER TABLE statement could not be read back from the file' };
    if (commands.length !== 1)
      return { notWritten: 'the statement does more than one thing; give the constraint an ALTER TABLE of its own, then run the check again' };
    const at: ConstraintAt = { set, migration: trace.migration, up, statement, ...parsed };
    return writeFor(commands[0], at);
  },
};

function writeFor(c: AlterCommand, at: ConstraintAt): Written {
  if (c.subtype === 'AT_SetNotNull') return setNotNull(at);
  if (c.subtype !== 'AT_AddConstraint')
    return { notWritten: 'the constraint comes with a new column; add the column first, then the constraint in a statement of its own' };
  if (c.constraint === 'check' || c.constraint === 'foreign key') return notValidThenValidate(at);
  if (c.constraint === 'unique') return uniqueThroughIndex(at);
  return { notWritten: `no fix is written for a ${c.constraint ?? 'this'} constraint yet; the hint above says the safe pattern` };
}

/** `SET LOCAL lock_timeout` first: the new migration locks an existing table, inside the transaction its tool opens. */
const LOCK_TIMEOUT = `SET LOCAL lock_timeout = '${FIX_LOCK_TIMEOUT}';`;

function notValidThenValidate(at: ConstraintAt): Written {
  const { set, migration, up, statement, table, command } = at;
  const named = new RegExp(String.raw`^ADD CONSTRAINT (${IDENT}) `, 'i').exec(command);
  if (!named) return { notWritten: 'the constraint has no name for a later migration to validate; add it as ADD CONSTRAINT <name> ...' };
  const name = named[1];
  const raw = up.text.slice(statement.start, statement.end);
  const end = raw.endsWith(';') ? statement.end - 1 : statement.end;
  const edits = new FileEdits();
  edits.replace(up, end, end, ' NOT VALID');
  const next = nextVersion(set);
  const created = set.format.newMigration({
    versionText: next.text,
    identifier: `validate_${identifierOf(name)}`,
    up: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${name};`,
    // VALIDATE cannot be taken back: the down puts the constraint back as the migration before left it, not yet valid.
    down: `ALTER TABLE ${table} DROP CONSTRAINT ${name};\nALTER TABLE ${table} ${command} NOT VALID;`,
    outsideTransaction: false,
  });
  return {
    summary: `Adds constraint ${name} NOT VALID (no scan, a short lock) and validates it in a migration of its own, ${created[0].name}: VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, so reads and writes go on.`,
    files: [...edits.result(), ...created.map((f) => ({ path: path.join(set.dir, f.name), content: f.text }))],
    versions: [migration.version, next.value],
  };
}

function setNotNull(at: ConstraintAt): Written {
  const { set, migration, up, statement, table, command } = at;
  const m = new RegExp(String.raw`^ALTER (?:COLUMN )?(${IDENT}) SET NOT NULL$`, 'i').exec(command);
  if (!m) return { notWritten: 'the SET NOT NULL could not be read back from the statement' };
  const column = m[1];
  const steps = notNullSteps(table, column, unquoted(column), lastPart(table));
  const head = `ALTER TABLE ${table} ADD CONSTRAINT `;
  const name = steps.addCheck.slice(head.length, steps.addCheck.lastIndexOf(` CHECK (${column} IS NOT NULL) NOT VALID;`));
  const edits = new FileEdits();
  edits.replace(up, statement.start, statement.end, steps.addCheck);
  // The down now drops the check where it took the NOT NULL away, or first (before it renames or drops anything).
  const dropCheck = `ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${name};`;
  const down = downOf(migration);
  const inDown = downStatements(migration);
  const undo = inDown.find((s) => dropsNotNull(s, table, column));
  if (down && undo) edits.replace(down, undo.start, undo.end, dropCheck);
  else if (down) edits.insertBefore(down, inDown[0], dropCheck);
  const next = nextVersion(set);
  const created = set.format.newMigration({
    versionText: next.text,
    identifier: `${identifierOf(lastPart(table))}_${identifierOf(unquoted(column))}_set_not_null`,
    up: `${LOCK_TIMEOUT}\n${steps.validateAndSet}`,
    down: `ALTER TABLE ${table} ALTER COLUMN ${column} DROP NOT NULL;\n${steps.addCheck}`,
    outsideTransaction: false,
  });
  return {
    summary: `Adds CHECK (${column} IS NOT NULL) NOT VALID instead (no scan), then in a migration of its own, ${created[0].name}, validates it under SHARE UPDATE EXCLUSIVE and sets NOT NULL, which PostgreSQL 12+ does without a second scan.`,
    files: [...edits.result(), ...created.map((f) => ({ path: path.join(set.dir, f.name), content: f.text }))],
    versions: [migration.version, next.value],
  };
}

function dropsNotNull(s: Statement, table: string, column: string): boolean {
  const parsed = alterTable(s.text);
  const m = parsed && new RegExp(String.raw`^ALTER (?:COLUMN )?(${IDENT}) DROP NOT NULL$`, 'i').exec(parsed.command);
  return !!parsed && !!m && sameRelation(parsed.table, table) && unquoted(m[1]) === unquoted(column);
}

/** A name fit for a file name. */
export function identifierOf(name: string): string {
  return unquoted(name).replace(/\W/g, '_').toLowerCase();
}
