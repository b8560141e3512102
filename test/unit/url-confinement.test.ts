import { describe, expect, it } from 'vitest';
import { clusterWideReason, confinementHint } from '../../src/sql/cluster-wide';

describe('the early word on a server given by URL (text; the boundary is the temporary role)', () => {
  it('names what each hostile statement would reach', () => {
    const cases: [string, RegExp][] = [
      ['COPY (SELECT 1) TO PROGRAM $$touch /tmp/x$$;', /file system/],
      ["COPY (SELECT 1) TO PROGRAM E'touch /tmp/x';", /file system/],
      ['REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;', /privileges on server-wide objects/],
      ['GRANT CREATE ON TABLESPACE pg_default TO app;', /privileges on server-wide objects/],
      ["SELECT dblink_exec('dbname=other', 'DELETE FROM t');", /other databases/],
      ["ALTER ROLE current_user PASSWORD 'x';", /roles/],
      ["SELECT pg_ls_dir('.');", /file system/],
    ];
    for (const [sql, why] of cases) expect(clusterWideReason(sql), sql).toMatch(why);
    expect(cases).toHaveLength(7);
  });

  it('leaves ordinary statements alone', () => {
    for (const sql of [
      'GRANT SELECT ON t TO PUBLIC;',
      "COMMENT ON TABLE program IS 'x';",
      'CREATE TABLE dblinks (id int);',
      'CREATE TABLE dblink (id int);',
    ]) {
      expect(clusterWideReason(sql), sql).toBeUndefined();
    }
  });
});

describe('the hint for what the temporary role was denied', () => {
  it('explains a permission error and what to do', () => {
    const hint = confinementHint({ code: '42501', message: 'must be superuser to alter superuser roles or change superuser attribute' });
    expect(hint).toContain('temporary role of this run that owns only the scratch database');
    expect(hint).toContain('local, embedded or docker provider');
    expect(confinementHint({ code: '2F003', message: 'password or GSSAPI delegated credentials required' })).toBeDefined();
  });

  it('says nothing about errors that have other causes', () => {
    expect(confinementHint({ code: '42P01', message: 'relation "t" does not exist' })).toBeUndefined();
  });
});
