import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrationSet } from '../../../src/formats';
import { whereRunStops } from '../../../src/checks';
import { malformedFile } from '../../../src/checks/malformed-file';
import { setBefore } from '../../../src/formats/migration-set';
import { dbmate, golangMigrate, goose, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

describe('malformed-file', () => {
  it('reports a goose file without `-- +goose Up`, naming goose and `goose up`', () => {
    const set = migrationSet(goose, {
      '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n',
      '00002_add.sql': 'ALTER TABLE t ADD COLUMN c int;\n',
    });
    const findings = runCheck(malformedFile, { set });
    expect(findings.map((f) => [f.check, f.severity, f.file?.endsWith('00002_add.sql'), f.version])).toEqual([
      ['malformed-file', 'error', true, '00002'],
    ]);
    expect(findings[0].line).toBeGreaterThanOrEqual(1);
    expect(findings[0].message).toContain('`goose up` stops at this file');
    expect(messages(findings)).toMatchSnapshot();
  });

  it('reports a dbmate file without `-- migrate:down` at line 1', () => {
    const set = migrationSet(dbmate, { '20240101000000_init.sql': '-- migrate:up\nCREATE TABLE t (id int);\n' });
    const findings = runCheck(malformedFile, { set });
    expect(placed(findings)).toEqual(['malformed-file 20240101000000_init.sql:1 error']);
    expect(findings[0].message.startsWith('dbmate refuses 20240101000000_init.sql: ')).toBe(true);
  });

  it('stops the run where dbmate stops: at the first refused file, naming the later migrations not run', () => {
    const ok = (t: string) => `-- migrate:up\nCREATE TABLE ${t} (id int);\n-- migrate:down\nDROP TABLE ${t};\n`;
    const set = migrationSet(dbmate, {
      '20240101000000_a.sql': ok('a'),
      '20240102000000_b.sql': '-- migrate:up\nCREATE TABLE b (id int);\n',
      '20240103000000_c.sql': ok('c'),
      '20240104000000_d.sql': '-- migrate:up\nCREATE TABLE d (id int);\n',
    });
    expect(malformedFile.stopsRunAt?.(set)).toEqual({ version: 20240102000000n, why: 'dbmate refuses 20240102000000_b.sql (malformed-file)' });
    expect(whereRunStops(set)?.version).toBe(20240102000000n);
    expect(setBefore(set, 20240102000000n).migrations.map((m) => m.versionText)).toEqual(['20240101000000']);
    const findings = runCheck(malformedFile, { set });
    expect(placed(findings)).toEqual(['malformed-file 20240102000000_b.sql:1 error', 'malformed-file 20240104000000_d.sql:1 error']);
    expect(findings[0].message).toContain('so 1 later migration(s) were not run here either (20240103000000)');
    expect(findings[1].message).not.toContain('were not run here either');
  });

  it('lets the run go on past a goose file only `goose down` refuses', () => {
    const set = migrationSet(goose, {
      '00001_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t\n',
    });
    expect(set.malformed.map((f) => f.upApplies)).toEqual([true]);
    expect(whereRunStops(set)).toBeUndefined();
    expect(runCheck(malformedFile, { set })[0].message).not.toContain('stops at this file');
  });

  it('stays silent on well-formed files (golang-migrate has no annotations to get wrong)', () => {
    expect(runCheck(malformedFile, { set: migrationSet(golangMigrate, { '000001_init.up.sql': '' }) })).toEqual([]);
    const set = migrationSet(dbmate, { '20240101000000_init.sql': '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n' });
    expect(runCheck(malformedFile, { set })).toEqual([]);
  });
});

describe('a lone goose or dbmate file saved with a byte order mark', () => {
  it.each([
    ['goose', '00001_a.sql', '\uFEFF-- +goose Up\nCREATE TABLE a (i int);\n-- +goose Down\nDROP TABLE a;\n'],
    ['dbmate', '20240101000000_a.sql', '\uFEFF-- migrate:up\nCREATE TABLE a (i int);\n-- migrate:down\nDROP TABLE a;\n'],
  ])('is %s\'s file, refused in its words with the BOM named, not one golang-migrate "silently skips"', async (tool, name, text) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-bom-'));
    writeFileSync(path.join(dir, name), text);
    const set = await loadMigrationSet(dir);
    expect(set.format.tool).toBe(tool);
    const findings = runCheck(malformedFile, { set });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(new RegExp(`^${tool} refuses ${name}: `));
    expect(findings[0].hint).toBe(
      `The file starts with a UTF-8 byte order mark, which hides the marker on line 1 from ${tool}: save it without BOM.`,
    );
  });
});
