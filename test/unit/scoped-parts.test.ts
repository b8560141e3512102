import { describe, expect, it } from 'vitest';
import { SNAPSHOT_BRANCHES, scopedParts, snapshotQuery } from '../../src/catalog/snapshot-query';
import { sqlFile } from '../../src/sql/files';

/** The branch files of the snapshot query, each by its text. */
const branches = SNAPSHOT_BRANCHES.map((name) => ({ name, sql: sqlFile(`catalog/snapshot-sql/branches/${name}.sql`) }));

describe('the scoped catalog read in parts (changes() runs a part only when its catalogs were touched)', () => {
  const parts = scopedParts('touched_refs');

  it('puts every branch but the schemas in exactly one part', () => {
    expect(branches).toHaveLength(19);
    const placed = parts.flatMap((p) => branches.filter((b) => p.sql.includes(b.sql)).map((b) => b.name));
    expect(placed).toHaveLength(18);
    expect(new Set(placed).size).toBe(18);
    expect(placed).not.toContain('schemas');
  });

  it('reads relations, functions, types, extensions and other objects only for their own catalogs', () => {
    const scopes = parts.map((p) => (typeof p.scope === 'string' ? p.scope : p.scope.catalogs.join(',')));
    expect(scopes.slice(0, 6)).toEqual(['pg_class', 'pg_proc', 'always', 'pg_type', 'pg_extension', 'any']);
    expect(scopes[6].split(',')).toEqual(expect.arrayContaining(['pg_collation', 'pg_operator', 'pg_ts_config', 'pg_cast']));
    expect(parts).toHaveLength(7);
  });

  it('keeps roles and event triggers, which DDL event triggers never report, in the part that always runs', () => {
    const always = parts.find((p) => p.scope === 'always');
    expect(always?.sql).toContain("SELECT 'role'");
    expect(always?.sql).toContain("SELECT 'event trigger'");
  });

  it('gives every relation branch the rel CTE, in one part', () => {
    const relations = parts.find((p) => typeof p.scope === 'object' && p.scope.catalogs.includes('pg_class'));
    for (const kind of ["'table'", "'column'", "'constraint'", "'index'", "'sequence'", "'trigger'", "'policy'", "'rule'", "'statistics'"])
      expect(relations?.sql).toContain(`SELECT ${kind}`);
    expect(relations?.sql).toMatch(/^WITH\n/);
    expect(relations?.sql).toContain('\nrel AS (\n');
  });

  it('reads the touched refs it is given; a full read is the same query with the scope a parameter ($3, NULL: all)', () => {
    for (const part of parts) {
      expect(part.sql).toContain('FROM unnest(touched_refs) r)');
      expect(part.sql).not.toMatch(/\$3\b/);
    }
    expect(snapshotQuery()).toContain('FROM unnest($3::text[]) r)');
    expect(snapshotQuery()).toContain("SELECT 'schema' AS kind");
  });
});
