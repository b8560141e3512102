import { buildSet } from './build-set';
import type { MigrationFormat, ToolName } from './format';
import { golangMigrate } from './golang-migrate';
import { dbmate } from './dbmate';
import { goose } from './goose';
import type { MigrationSet } from './migration-set';
import { InputError, readDirectory, type DirectoryFile } from './read-directory';

/** Every tool migration-guard reads, in the order `auto` prefers them when nothing else decides. */
export const FORMATS: readonly MigrationFormat[] = [golangMigrate, goose, dbmate];

export type ToolChoice = 'auto' | ToolName;

/** `a`, `a and b`, `a, b and c` (or `or`): the tools as prose for help and messages, from the registry. */
export function toolList(conjunction: 'and' | 'or', names = FORMATS.map((f) => f.words.label)): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1) ?? ''}` : (names[0] ?? '');
}

/** Each default version table with the tools that use it: `schema_migrations for golang-migrate and dbmate, ...`. */
export function defaultTables(): string {
  const byTable = new Map<string, string[]>();
  for (const f of FORMATS) byTable.set(f.defaultTable, [...(byTable.get(f.defaultTable) ?? []), f.words.label]);
  return [...byTable].map(([table, tools]) => `${table} for ${toolList('and', tools)}`).join(', ');
}

export function formatNamed(tool: ToolName): MigrationFormat {
  const format = FORMATS.find((f) => f.tool === tool);
  if (!format) throw new InputError(`migration tool ${tool} is not supported`);
  return format;
}

/** Files worth reading to decide the tool: small enough SQL files, and every name some tool would take. */
function worthReading(name: string): boolean {
  return /\.sql$/i.test(name) || FORMATS.some((f) => f.parseName(name).ok);
}

/**
 * Reads a migrations directory with the chosen tool's rules. `auto` counts,
 * per tool, the files only that tool would run; a directory that two tools
 * claim is refused (one tool's runner would ignore the other's files).
 */
export async function loadMigrationSet(
  dir: string,
  options: { shownAs?: string; repository?: string; tool?: ToolChoice } = {},
): Promise<MigrationSet> {
  const shownAs = options.shownAs ?? dir;
  const tool = options.tool ?? 'auto';
  const directory = await readDirectory(dir, shownAs, options.repository, worthReading);
  if (tool !== 'auto') return buildSet(formatNamed(tool), directory, `migration-tool: ${tool}`);

  const counts = FORMATS.map((format) => ({ format, count: format.recognise(directory.files) })).filter((c) => c.count > 0);
  if (counts.length > 1) {
    const seen = counts.map((c) => `${c.count} ${c.format.words.label} file(s) (e.g. ${example(c.format, directory.files)})`).join(' and ');
    throw new InputError(
      `${shownAs} mixes migration tools: ${seen}. One directory is run by one tool; move one set out, or set migration-tool to the tool that runs this directory`,
    );
  }
  const chosen = counts.at(0) ?? pastByteOrderMark(directory.files);
  if (!chosen) {
    const expected = FORMATS.map((f) => `${f.words.label} (${f.words.exampleName})`).join(', ');
    if (directory.names.length === 0 || !directory.names.some((n) => FORMATS.some((f) => f.parseName(n).ok || lookalike(f, n)))) {
      throw new InputError(`no migration files in ${shownAs}: expected the files of ${expected}`);
    }
    // Nothing any tool would run, but names that look like migrations: golang-migrate's rules say why each is skipped.
    return buildSet(FORMATS[0], directory, 'migration-tool: auto (no tool recognised the files; golang-migrate explains what it skips)');
  }
  return buildSet(chosen.format, directory, `migration-tool: auto (${chosen.count} file(s) of ${chosen.format.words.label})`);
}

/**
 * The tool whose markers the files hold behind a byte-order mark (an editor's UTF-8 BOM before `-- +goose Up` or
 * `-- migrate:up`), when exactly one does: the directory is that tool's, and its own rules then say what the BOM does
 * (the marker is not seen), rather than golang-migrate's rules saying the file is skipped.
 */
function pastByteOrderMark(files: readonly DirectoryFile[]): { format: MigrationFormat; count: number } | undefined {
  const bare = files.filter((f) => f.text.startsWith('\uFEFF')).map((f) => ({ ...f, text: f.text.slice(1) }));
  if (!bare.length) return undefined;
  const counts = FORMATS.map((format) => ({ format, count: format.recognise(bare) })).filter((c) => c.count > 0);
  return counts.length === 1 ? counts[0] : undefined;
}

function lookalike(format: MigrationFormat, name: string): boolean {
  const parsed = format.parseName(name);
  return !parsed.ok && parsed.lookalike;
}

function example(format: MigrationFormat, files: { name: string; text: string }[]): string {
  return files.find((f) => format.recognise([f]) > 0)?.name ?? format.words.exampleName;
}

export { InputError };
