import type { MigrationFormat, ParsedName } from './format';
import type { CodeMigration, DuplicateFiles, MalformedFile, Migration, MigrationFile, MigrationSet, SkippedFile } from './migration-set';
import type { Directory, DirectoryFile } from './read-directory';

/** The sections of one file whose name the format accepted, or why the tool refuses the file. */
export function sectionsOf(
  format: MigrationFormat,
  file: Pick<DirectoryFile, 'path' | 'name' | 'text'> & Partial<DirectoryFile>,
  name: ParsedName,
): { ok: true; sections: MigrationFile[] } | { ok: false; line: number; reason: string; upApplies?: true } {
  const result = format.sections(file.text, name);
  if (!result.ok) return result;
  return {
    ok: true,
    sections: result.sections.map((s) => ({
      path: file.path,
      name: file.name,
      version: name.version,
      versionText: name.versionText,
      identifier: name.identifier,
      direction: s.direction,
      text: file.text,
      body: s.body,
      execution: s.execution,
      validUtf8: file.validUtf8 ?? true,
      unsendable: file.unsendable,
      ...(s.absent && { absent: s.absent }),
    })),
  };
}

/** Names -> versions, files -> sections, sections paired by version, as the tool pairs them. */
export function buildSet(format: MigrationFormat, directory: Directory, formatReason: string): MigrationSet {
  const files: MigrationFile[] = [];
  const skipped: SkippedFile[] = [];
  const malformed: MalformedFile[] = [];
  const codeMigrations: CodeMigration[] = [];
  // goose and dbmate keep both directions in one file (their names carry no direction); golang-migrate one per file.
  const bothInOneFile = new Set<string>();
  const read = new Map(directory.files.map((f) => [f.name, f]));
  // Versions with a file the tool would read but we could not (unreadable-file says why): the rest of such a version is kept
  // (its versions still count), marked so that the missing file is not reported again as a missing up or down, nor run half.
  const unread = new Map<bigint, string>();
  for (const name of directory.names) {
    const parsed = format.parseName(name);
    const full = `${directory.dir}/${name}`;
    if (!parsed.ok) {
      if (parsed.code) codeMigrations.push({ path: full, name, ...parsed.code });
      else if (parsed.lookalike) skipped.push({ path: full, name, reason: parsed.reason });
      continue;
    }
    const file = read.get(name);
    if (!file) {
      // refused or unreadable: directory.refused says why
      unread.set(parsed.name.version, name);
      continue;
    }
    const sections = sectionsOf(format, file, parsed.name);
    if (!sections.ok) {
      const { reason, line, upApplies } = sections;
      malformed.push({
        path: file.path,
        name,
        reason,
        line,
        version: parsed.name.version,
        versionText: parsed.name.versionText,
        ...(upApplies && { upApplies }),
        ...(file.text.startsWith('\uFEFF') && { byteOrderMark: true as const }),
      });
    } else {
      files.push(...sections.sections);
      if (parsed.name.direction === undefined) bothInOneFile.add(file.path);
    }
  }

  // Tools that name the direction in the file pair two files; the others hold both sections in one file.
  const byVersion = new Map<bigint, { up: MigrationFile[]; down: MigrationFile[]; paths: Set<string> }>();
  for (const file of files) {
    const slot = byVersion.get(file.version) ?? { up: [], down: [], paths: new Set<string>() };
    slot[file.direction].push(file);
    slot.paths.add(file.path);
    byVersion.set(file.version, slot);
  }
  const migrations: Migration[] = [];
  const duplicates: DuplicateFiles[] = [];
  for (const [version, slot] of [...byVersion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sectioned = [...slot.paths].some((p) => bothInOneFile.has(p));
    if (sectioned) {
      if (slot.paths.size > 1) {
        const firstOfEachFile = [...slot.paths]
          .map((p) => [...slot.up, ...slot.down].find((f) => f.path === p))
          .filter((f): f is MigrationFile => !!f);
        duplicates.push({ version, files: firstOfEachFile });
      }
    } else {
      for (const direction of ['up', 'down'] as const) {
        if (slot[direction].length > 1) duplicates.push({ version, direction, files: slot[direction] });
      }
    }
    const first = slot.up.at(0) ?? slot.down.at(0);
    if (!first) continue;
    const up = slot.up.at(0);
    const down = up && sectioned ? slot.down.find((d) => d.path === up.path) : slot.down[0];
    migrations.push({ version, versionText: first.versionText, up, down, ...(unread.has(version) ? { unreadable: unread.get(version) } : {}) });
  }
  // Only what the tool would read is worth a finding (an unreadable notes.sql beside the migrations is none of its business).
  const refused = directory.refused.filter((f) => format.parseName(f.name).ok);
  codeMigrations.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  return { dir: directory.dir, format, formatReason, migrations, files, skipped, refused, malformed, codeMigrations, duplicates };
}
