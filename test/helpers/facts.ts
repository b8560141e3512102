import { expect } from 'vitest';
import type { Difference } from '../../src/catalog/snapshot-diff';
import type { Check, CheckInput, FactName } from '../../src/checks/check';
import type { DeployedVersion } from '../../src/deployed/version';
import type { SqlError } from '../../src/engine/execute';
import type { EngineRun, MigrationTrace, StepResult } from '../../src/engine/trace';
import type { Finding } from '../../src/findings';
import { buildSet, sectionsOf } from '../../src/formats/build-set';
import { dbmate } from '../../src/formats/dbmate';
import type { Direction, MigrationFormat } from '../../src/formats/format';
import { golangMigrate } from '../../src/formats/golang-migrate';
import { goose } from '../../src/formats/goose';
import type { Migration, MigrationFile, MigrationSet, SkippedFile } from '../../src/formats/migration-set';
import type { BaseComparison, BaseFile } from '../../src/git/base-facts';

/**
 * Fabricated facts for in-process check tests: no PostgreSQL, no git, no disk.
 * Directories go through the tool's own format (names, sections, pairing), so a
 * set built here is the set the pipeline would build from the same files.
 */

export { dbmate, golangMigrate, goose };

/** Where fabricated directories pretend to live. */
export const DIR = '/repo/db/migrations';

export interface SetOptions {
  dir?: string;
  /** Files the tool would read but that could not be read (unreadable-file). */
  refused?: SkippedFile[];
  /** Names listed in the directory without content (the pipeline does not read names no tool takes). */
  otherNames?: string[];
}

/** A migrations directory of `files` (name -> text), read with `format`'s rules. */
export function migrationSet(format: MigrationFormat, files: Record<string, string>, options: SetOptions = {}): MigrationSet {
  const dir = options.dir ?? DIR;
  const entries = Object.entries(files).map(([name, text]) => ({ path: `${dir}/${name}`, name, text, validUtf8: true }));
  const names = [...Object.keys(files), ...(options.otherNames ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return buildSet(format, { dir, files: entries, names, refused: options.refused ?? [] }, `migration-tool: ${format.tool}`);
}

/** The section of `name` in the set, for the direction asked (the only one for golang-migrate files). */
export function section(set: MigrationSet, name: string, direction?: Direction): MigrationFile {
  const found = set.files.find((f) => f.name === name && (direction === undefined || f.direction === direction));
  if (!found)
    throw new Error(`no ${direction ?? ''} section ${name} in the fabricated set: ${set.files.map((f) => `${f.name} ${f.direction}`).join(', ')}`);
  return found;
}

export function migration(set: MigrationSet, version: bigint | number): Migration {
  const found = set.migrations.find((m) => m.version === BigInt(version));
  if (!found) throw new Error(`no migration ${version} in the fabricated set`);
  return found;
}

// ---- the scratch run ----

export const ok = (file?: MigrationFile, ms = 1): StepResult => ({ status: 'ok', ms, file });
export const skippedStep = (reason = 'an earlier step failed'): StepResult => ({ status: 'skipped', ms: 0, reason });
export const refusedStep = (file: MigrationFile, reason: string): StepResult => ({ status: 'refused', ms: 0, file, reason });
export function failed(file: MigrationFile, error: Partial<SqlError> & { message: string }): StepResult {
  return { status: 'failed', ms: 2, file, error: { ownTransaction: false, ...error } };
}

/** One migration's up/down/up; every step succeeds unless given, and the diffs are empty unless given. */
export function trace(m: Migration, steps: Partial<Omit<MigrationTrace, 'migration'>> = {}): MigrationTrace {
  return { migration: m, up: ok(m.up), down: ok(m.down), reup: ok(m.up), downDiff: [], reupDiff: [], ...steps };
}

/** A run where every migration of the set went up, down and up cleanly, except the traces given by version. */
export function engineRun(set: MigrationSet, overrides: Record<string, Partial<Omit<MigrationTrace, 'migration'>>> = {}): EngineRun {
  return {
    provider: 'local',
    server: 'fabricated',
    postgresVersion: '16.4',
    startupMs: 0,
    ms: 10,
    traces: set.migrations.map((m) => trace(m, overrides[m.version.toString()] ?? {})),
  };
}

export const added = (kind: string, name: string): Difference => ({ kind, name, change: 'added' });
export const removed = (kind: string, name: string): Difference => ({ kind, name, change: 'removed' });
export const changed = (kind: string, name: string, property: string, before?: string, after?: string): Difference => ({
  kind,
  name,
  change: 'changed',
  property,
  before,
  after,
});

// ---- the base and the deployed database ----

export interface BaseOptions {
  label?: string;
  commit?: string;
  dirInRepo?: string;
  /** Base file name -> absolute path it was renamed to. */
  renames?: Record<string, string>;
}

/** The migrations directory as it was at the base: `files` (name -> text) read with `format`'s rules. */
export function baseComparison(format: MigrationFormat, files: Record<string, string>, options: BaseOptions = {}): BaseComparison {
  const baseFiles: BaseFile[] = Object.entries(files).flatMap(([name, text]) => {
    const parsed = format.parseName(name);
    if (!parsed.ok) throw new Error(`${format.tool} does not take the base file name ${name}: ${parsed.reason}`);
    const sections = sectionsOf(format, { path: name, name, text }, parsed.name);
    if (!sections.ok) throw new Error(`${format.tool} refuses the base file ${name}: ${sections.reason}`);
    return sections.sections.map((s) => ({ name, version: s.version, versionText: s.versionText, direction: s.direction, text, body: s.body }));
  });
  return {
    commit: options.commit ?? '0123456789abcdef0123456789abcdef01234567',
    label: options.label ?? 'main',
    dirInRepo: options.dirInRepo ?? 'db/migrations',
    files: baseFiles,
    renames: new Map(Object.entries(options.renames ?? {})),
  };
}

export function deployedVersion(state: Partial<DeployedVersion> = {}): DeployedVersion {
  return { dirty: false, where: 'postgres://deploy@prod.example/app', ...state };
}

// ---- running a check ----

/** Runs one check on the facts given, as the registry would once its facts are known. */
export function runCheck(check: Check, input: CheckInput<never>): Finding[] {
  return check.run(input as CheckInput<FactName>);
}

/** The findings' message, asserted non-empty first, so that a snapshot can never hold an empty string silently. */
export function messages(findings: Finding[]): string[] {
  for (const f of findings) {
    expect(f.message.trim().length, `${f.check} at ${f.file ?? '?'}:${f.line ?? '?'} has an empty message`).toBeGreaterThan(0);
  }
  return findings.map((f) => (f.hint ? `${f.message}\nhint: ${f.hint}` : f.message));
}

/** `check file:line severity`, the part of a finding an annotation is placed by, with the file name relative to DIR. */
export function placed(findings: Finding[], dir = DIR): string[] {
  return findings.map(
    (f) =>
      `${f.check} ${f.file === undefined ? '-' : f.file.startsWith(`${dir}/`) ? f.file.slice(dir.length + 1) : f.file}:${f.line ?? '-'} ${f.severity}`,
  );
}
