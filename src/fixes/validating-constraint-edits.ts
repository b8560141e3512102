import type { FixFile } from '../findings';
import type { Migration, MigrationFile, MigrationSet } from '../formats/migration-set';
import type { Statement } from '../sql/text';
import { lineEnding } from './candidate';
import { sectionStatements } from './concurrent-index';

/** An identifier as SQL writes it: quoted (`""` inside is one quote) or bare. */
export const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
/** `[schema.]name`. */
export const QUALIFIED = String.raw`${IDENT}(?:\.${IDENT})?`;

/** `ALTER TABLE [IF EXISTS] [ONLY] table <command>` on a statement's folded text, its `;` left out. */
export function alterTable(text: string): { table: string; command: string } | undefined {
  const m = new RegExp(String.raw`^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(${QUALIFIED}) (.+?) ?;?$`, 'is').exec(text);
  return m ? { table: m[1], command: m[2] } : undefined;
}

/** An identifier's name as the catalog stores it: quotes taken off, a bare one folded to lower case. */
export function unquoted(ident: string): string {
  return ident.startsWith('"') ? ident.slice(1, -1).replace(/""/g, '"') : ident.toLowerCase();
}

/** The last part of `[schema.]name`, as stored. */
export function lastPart(qualified: string): string {
  return unquoted(new RegExp(String.raw`(${IDENT})$`).exec(qualified)?.[1] ?? qualified);
}

/** The schema part of `schema.name`, with its dot, or ''. */
export function schemaPrefix(qualified: string): string {
  return new RegExp(String.raw`^(${IDENT}\.)${IDENT}$`).exec(qualified)?.[1] ?? '';
}

/** Two `[schema.]name`s naming the same relation (public being the default schema). */
export function sameRelation(a: string, b: string): boolean {
  const norm = (q: string) => {
    const parts = (q.match(new RegExp(IDENT, 'g')) ?? []).map(unquoted);
    return (parts.length === 2 && parts[0] === 'public' ? parts.slice(1) : parts).join('.');
  };
  return norm(a) === norm(b);
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
  return down ? sectionStatements(down) : [];
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
