import { describe, expect, it } from 'vitest';
import { SCOPED_SNAPSHOT_QUERY, scopedParts } from '../../src/catalog/snapshot-query';

/** The top-level branches of the scoped query, each by its first line. */
const branches = SCOPED_SNAPSHOT_QUERY.slice(SCOPED_SNAPSHOT_QUERY.indexOf("\nSELECT 'schema'"))
  .split('\n\nUNION ALL\n')
  .map((b) => b.trim().split('\n')[0]);

describe('the scoped catalog read in parts (changes() runs a part only when its catalogs were touched)', () => {
  const parts = scopedParts();

  it('puts every branch but the schemas in exactly one part', () => {
    expect(branches).toHaveLength(19);
    const placed = parts.flatMap((p) => branches.filter((first) => p.sql.includes(first)));
    expect(placed).toHaveLength(18);
    expect(new Set(placed).size).toBe(18);
    expect(placed.some((first) => first.startsWith("SELECT 'schema'"))).toBe(false);
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
    expect(relations?.sql).toMatch(/^\s*WITH\n/);
  });
});
