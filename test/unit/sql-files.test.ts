import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlPgSQLSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { trackingSql } from '../../src/catalog/catalog-tracker';
import { SNAPSHOT_BRANCHES, scopedParts, snapshotQuery } from '../../src/catalog/snapshot-query';
import { sqlFile } from '../../src/sql/files';
import { loadParser, parseStatements } from '../../src/sql/pg-parser';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const files = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.sql'))
  .map((name) => name.split(path.sep).join('/'))
  .sort();

/** Syntax errors by the grammar of PostgreSQL; for CREATE FUNCTION ... plpgsql, by PL/pgSQL's grammar too. */
function syntaxError(sql: string): string | undefined {
  const outcome = parseStatements(sql);
  if (!outcome) return 'the parser could not be loaded';
  if (!outcome.ok) return outcome.message;
  if (/\bLANGUAGE plpgsql\b/.test(sql)) {
    try {
      parsePlPgSQLSync(sql);
    } catch (error) {
      return `PL/pgSQL: ${(error as Error).message}`;
    }
  }
  return undefined;
}

/** Every table name a statement reads (RangeVar nodes). */
function tablesRead(sql: string): Set<string> {
  const outcome = parseStatements(sql);
  if (!outcome?.ok) throw new Error('does not parse');
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'RangeVar') names.add((value as { relname: string }).relname);
        walk(value);
      }
    }
  };
  walk(outcome.statements.map((s) => s.node));
  return names;
}

beforeAll(async () => {
  expect(await loadParser()).toBe(true);
});

describe("migration-guard's own SQL files", () => {
  it('all parse, each on its own', () => {
    // The snapshot query's 19 branches and 4 sources, the change tracking's 5, the observation pass, the seeder's 8,
    // the expand fix's batched backfill.
    expect(files).toHaveLength(39);
    const errors = files.map((name) => [name, syntaxError(sqlFile(name))]).filter(([, error]) => error);
    expect(errors).toEqual([]);
  });

  it('compose into queries that parse: the full snapshot, its scoped parts, and the tracking with changes()', () => {
    expect(syntaxError(snapshotQuery())).toBeUndefined();
    // Outside changes() the touched refs are a parameter.
    for (const part of scopedParts('$3::text[]')) expect(syntaxError(part.sql)).toBeUndefined();
    expect(syntaxError(trackingSql())).toBeUndefined();
  });

  it('declare in each snapshot branch the scope of the rows it reads', () => {
    const others = [...tablesRead(sqlFile('catalog/snapshot-sql/sources/other-objects.sql'))].sort();
    expect(others).toHaveLength(17);
    const sources: Record<string, string[] | 'any'> = {
      rel: ['pg_class'],
      proc_rows: ['pg_proc'],
      type_rows: ['pg_type'],
      extension_rows: ['pg_extension'],
      description_rows: 'any',
      other_rows: others,
    };
    expect(SNAPSHOT_BRANCHES).toHaveLength(19);
    for (const name of SNAPSHOT_BRANCHES) {
      const sql = sqlFile(`catalog/snapshot-sql/branches/${name}.sql`);
      const read = [...tablesRead(sql)].filter((t) => t in sources).map((t) => sources[t]);
      const declared = /^-- scope: (.+)$/m.exec(sql)?.[1];
      const expected = read.includes('any') ? ['any'] : read.length ? [...new Set(read.flat())].sort() : name === 'schemas' ? ['none'] : ['always'];
      expect([name, declared?.split(', ').sort()]).toEqual([name, expected]);
    }
  });
});

describe('the text the code composes the SQL around', () => {
  it('keeps the marker rows of changes() and its one place for the scoped parts', () => {
    const changes = readFileSync(path.join(SRC, 'catalog', 'tracking-sql', 'changes.sql'), 'utf8');
    expect(changes.split('\n  -- scoped parts\n')).toHaveLength(2);
    expect(trackingSql()).toContain(
      "RETURN QUERY WITH\nscope AS (SELECT split_part(r, '/', 1) AS cat, split_part(r, '/', 2)::oid AS oid FROM unnest(touched_refs) r)",
    );
  });
});
