import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, COULD_NOT_CHECK, whyNotRun } from '../../../src/checks';
import type { Check } from '../../../src/checks/check';
import { migrationSet, golangMigrate, goose } from '../../helpers/facts';

const CHECKS_DIR = path.resolve(__dirname, '..', '..', '..', 'src', 'checks');
const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'checks');
/** The files of src/checks that are not a check: the registry, the definition type, the plain id list. */
const NOT_CHECKS = new Set(['index.ts', 'check.ts', 'ids.ts']);

const checkFiles = readdirSync(CHECKS_DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_CHECKS.has(f))
  .sort();

const isCheck = (value: unknown): value is Check =>
  typeof value === 'object' && value !== null && typeof (value as Check).id === 'string' && typeof (value as Check).run === 'function';

describe('src/checks holds checks', () => {
  it('has one file per registered check and nothing else besides the registry, the definition and the id list', () => {
    // A lost or extra file fails here before the per-file rows.
    expect(checkFiles).toHaveLength(CHECKS.length);
    expect(checkFiles.map((f) => f.replace(/\.ts$/, ''))).toEqual(CHECKS.map((c) => c.id).sort());
  });

  it.each(checkFiles.map((f) => [f]))('%s defines exactly one check, whose id is the file name, and exports nothing else', async (file) => {
    const source = readFileSync(path.join(CHECKS_DIR, file), 'utf8');
    expect(source.match(/\bdefineCheck\s*[<(]/g) ?? []).toHaveLength(1);
    const exports = Object.values((await import(path.join(CHECKS_DIR, file))) as Record<string, unknown>);
    expect(exports).toHaveLength(1);
    const [check] = exports;
    expect(isCheck(check)).toBe(true);
    expect((check as Check).id).toBe(file.replace(/\.ts$/, ''));
    expect(CHECKS).toContain(check);
  });

  it.each(CHECKS.map((c) => [c.id]))('%s has its page docs/checks/<id>.md', (id) => {
    expect(existsSync(path.join(DOCS, `${id}.md`))).toBe(true);
  });
});

describe('fields of the check definition', () => {
  it('"could not check" is missing-extension, missing-precondition and rendered-files, derived from the definitions', () => {
    expect([...COULD_NOT_CHECK].sort()).toEqual(['missing-extension', 'missing-precondition', 'rendered-files']);
  });

  it('a directory runs unless a check says why its tool would not run it', () => {
    const clean = migrationSet(golangMigrate, { '000001_a.up.sql': 'CREATE TABLE a (id int);', '000001_a.down.sql': 'DROP TABLE a;' });
    expect(whyNotRun(clean)).toBeUndefined();
  });

  it("duplicate versions stop the run, in the tool's words", () => {
    const set = migrationSet(goose, {
      '00001_a.sql': '-- +goose Up\nCREATE TABLE a (id int);\n',
      '001_b.sql': '-- +goose Up\nCREATE TABLE b (id int);\n',
    });
    expect(whyNotRun(set)).toBe('goose would not run this directory: version(s) 00001 appear more than once (duplicate-version)');
  });

  it('files not meant to run as committed stop the run', () => {
    const set = migrationSet(golangMigrate, { '000001_a.up.sql': 'CREATE TABLE {{ .Schema }}.a (id int);' });
    expect(whyNotRun(set)).toBe('1 file(s) cannot run on PostgreSQL as committed (rendered-files)');
  });

  it('only duplicate-version and rendered-files stop the run', () => {
    expect(CHECKS.filter((c) => c.stopsRun).map((c) => c.id)).toEqual(['duplicate-version', 'rendered-files']);
  });
});
