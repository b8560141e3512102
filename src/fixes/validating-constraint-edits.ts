import type { FixFile } from '../findings';
import type { Migration, MigrationFile, MigrationSet } from '../formats/migration-set';
import { statementsOfSection, type Statement } from '../sql/text';
import { IDENT, QUALIFIED, sameRelation, unquoted } from './sql-names';
import { lineEnding } from './candidate';

/** `ALTER TABLE [IF EXISTS] [ONLY] table <command>` on a statement's folded text, its `;` left out. */
export function alterTable(text: string): { table: string; command: string } | undefined {
  const m = new RegExp(String.raw`^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(${QUALIFIED}) (.+?) ?;?$`, 'is').exec(text);
  return m ? { table: m[1], command: m[2] } : undefined;
}

/** Edits of the files of one fix, by path: ranges of the file's text replaced, applied from the end. */
export class FileEdits {
  private readonly files = new Map<string, { text: string; edits: { start: number; end: number; by: string }[] }>();

  replace(file: MigrationFile, start: number, end: number, by: string): void {
    const entry = this.files.get(file.path) ?? { text: file.text, edits: [] };
    entry.edits.push({ start, end, by });
    this.files.set(file.path, entry);
  }

  /** A statement on a line of its own before `statement` (or at the end of the section when there is none). */
  insertBefore(file: MigrationFile, statement: Statement | undefined, sql: string): void {
    const eol = lineEnding(file.text);
    if (statement) {
      this.replace(file, statement.start, statement.start, `${sql}${eol}`);
      return;
    }
    const before = file.text.slice(0, file.body.end);
    const gap = before.length === 0 || before.endsWith('\n') ? '' : eol;
    this.replace(file, file.body.end, file.body.end, `${gap}${sql}${eol}`);
  }

  /** The statement taken out, with the rest of its line when nothing else is on it. */
  remove(file: MigrationFile, statement: Statement): void {
    const tail = /^[ \t]*\r?\n/.exec(file.text.slice(statement.end));
    const ownLine = statement.start === 0 || file.text[statement.start - 1] === '\n';
    this.replace(file, statement.start, statement.end + (tail && ownLine ? tail[0].length : 0), '');
  }

  result(): FixFile[] {
    return [...this.files].map(([path, { text, edits }]) => {
      let out = text;
      for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.by + out.slice(e.end);
      return { path, content: out };
    });
  }
}

/** The down that runs for the migration, when it has one (not absent). */
export function downOf(m: Migration): MigrationFile | undefined {
  return m.down && !m.down.absent ? m.down : undefined;
}

/** The statements of the down section, in order. */
export function downStatements(m: Migration): Statement[] {
  const down = downOf(m);
  return down ? statementsOfSection(down) : [];
}

/**
 * After the down's `ALTER TABLE table DROP CONSTRAINT name` (which drops the constraint's index with it), the index
 * built again: the state the migration before leaves, which built it, and which the up's USING INDEX takes over again.
 */
export function rebuildAfterDrop(edits: FileEdits, m: Migration, table: string, name: string, create: string): void {
  const down = downOf(m);
  const drop = downStatements(m).find((s) => dropsConstraint(s, table, name));
  if (down && drop) edits.replace(down, drop.end, drop.end, `${lineEnding(down.text)}${create}`);
}

function dropsConstraint(s: Statement, table: string, name: string): boolean {
  const parsed = alterTable(s.text);
  const m = parsed && new RegExp(String.raw`^DROP CONSTRAINT (?:IF EXISTS )?(${IDENT})(?: CASCADE| RESTRICT)?$`, 'i').exec(parsed.command);
  return !!parsed && !!m && sameRelation(parsed.table, table) && unquoted(m[1]) === unquoted(name);
}

/**
 * A version for a migration that must run just before `m`: one less than its own, written as wide, when no migration
 * has it or sits between (a timestamp leaves room; consecutive sequence numbers do not).
 */
export function versionBefore(set: MigrationSet, m: Migration): { value: bigint; text: string } | undefined {
  const value = m.version - 1n;
  const previous = set.migrations.filter((o) => o.version < m.version).at(-1);
  if (value < 1n || (previous && previous.version >= value)) return undefined;
  return { value, text: value.toString().padStart(m.versionText.length, '0') };
}
