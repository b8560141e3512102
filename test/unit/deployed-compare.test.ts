import { describe, expect, it } from 'vitest';
import { sameAddress, sameDatabase } from '../../src/deployed/identity';
import { normaliseAcl } from '../../src/deployed/normalise';
import { detectPlatform, ignoreMatcher, isPlatformObject } from '../../src/deployed/platform';
import { keyOf, type Snapshot, type SnapshotObject } from '../../src/catalog/snapshot';
import type { CatalogRead } from '../../src/catalog/read-catalog';
import { compareSchemas } from '../../src/deployed/drift';

describe('what the deployed database comparison ignores', () => {
  it('compares privileges with the owners named alike, in any order, MAINTAIN left out across 17', () => {
    const prod = normaliseAcl('{reader=r/app_owner,app_owner=arwdDxtm/app_owner}', new Set(['app_owner']), true);
    const scratch = normaliseAcl('{postgres=arwdDxt/postgres,reader=r/postgres}', new Set(['postgres']), true);
    expect(prod).toBe(scratch);
    expect(normaliseAcl('{postgres=arwdDxt/postgres,reader=r/postgres}', new Set(['postgres']), false)).toBe(
      '{<owner>=arwdDxt/<owner>,reader=r/<owner>}',
    );
  });

  it('recognises Neon and Supabase by their schemas and skips only their objects', () => {
    const snap = (names: string[]): Snapshot => {
      const objects = new Map<string, SnapshotObject>(
        names.map((n) => [n, { kind: n.split(' ')[0], name: n.split(' ')[1], props: {}, ref: n, parentRef: null }]),
      );
      return { objects, byRef: new Map() };
    };
    const supabase = detectPlatform(snap(['schema auth', 'schema public']));
    expect(supabase?.name).toBe('Supabase');
    expect(isPlatformObject(supabase!, 'table', 'storage.objects', {})).toBe(true);
    expect(isPlatformObject(supabase!, 'table', 'public.users', {})).toBe(false);
    expect(isPlatformObject(supabase!, 'extension', 'pgcrypto', { schema: 'extensions' })).toBe(true);
    expect(detectPlatform(snap(['extension neon']))?.name).toBe('Neon');
    expect(detectPlatform(snap(['schema public']))).toBeUndefined();
  });

  it('takes drift-ignore patterns with or without public.', () => {
    const ignored = ignoreMatcher(['legacy_*', 'audit.*']);
    expect(ignored('public.legacy_sessions')).toBe(true);
    expect(ignored('audit."Log"')).toBe(true);
    expect(ignored('public.users')).toBe(false);
  });
});

describe('is the rehearsal copy the target itself?', () => {
  it('takes localhost, 127.0.0.1, ::1 and a socket as one machine, and compares port and database', () => {
    expect(sameAddress({ host: 'localhost', port: 5432, database: 'prod' }, { host: '127.0.0.1', database: 'prod' })).toBe(true);
    expect(sameAddress({ host: '/var/run/postgresql', database: 'prod' }, { host: '::1', port: 5432, database: 'prod' })).toBe(true);
    expect(sameAddress({ host: 'localhost', database: 'prod' }, { host: 'localhost', database: 'prod_copy' })).toBe(false);
    expect(sameAddress({ host: 'db.example.com', database: 'prod' }, { host: 'DB.example.com', database: 'prod' })).toBe(true);
    expect(sameAddress({ host: 'localhost', port: 5433, database: 'prod' }, { host: 'localhost', database: 'prod' })).toBe(false);
  });

  it('compares the cluster identifier and the database OID, and never claims sameness without the identifier', () => {
    expect(sameDatabase({ system: '7', databaseOid: '16384', database: 'a' }, { system: '7', databaseOid: '16384', database: 'b' })).toBe(true);
    expect(sameDatabase({ system: '7', databaseOid: '16384', database: 'a' }, { system: '7', databaseOid: '16385', database: 'a' })).toBe(false);
    expect(sameDatabase({ databaseOid: '1', database: 'a' }, { databaseOid: '1', database: 'a' })).toBe(false);
  });
});

describe('drift in privileges names the roles as the target has them', () => {
  const read = (privileges: string | undefined, owners: string[]): CatalogRead => {
    const table: SnapshotObject = { kind: 'table', name: 'public.users', props: privileges ? { privileges } : {}, ref: 't', parentRef: null };
    return { snapshot: { objects: new Map([[keyOf(table), table]]), byRef: new Map([['t', table]]) }, owners, versionNum: 160000 };
  };

  it("shows the target's owner role, not <owner>, on both sides", () => {
    const expected = read('{mg_tmp_8f3a=arwdDxt/mg_tmp_8f3a}', ['mg_tmp_8f3a']);
    const actual = read('{reader=r/app_owner,app_owner=arwdDxt/app_owner}', ['app_owner']);
    const { items } = compareSchemas(expected, actual, { ignore: [], versionTable: 'schema_migrations' });
    expect(items.map((i) => i.text)).toEqual([
      'table users privileges changed from {app_owner=arwdDxt/app_owner} to {app_owner=arwdDxt/app_owner,reader=r/app_owner} (from what the migrations make to what the target has)',
    ]);
    expect(items[0].text).not.toContain('<owner>');
    expect(items[0].text).not.toContain('mg_tmp');
  });
});
