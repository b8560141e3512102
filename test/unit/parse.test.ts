import { describe, expect, it } from 'vitest';
import { looksLikeMigration, parseMigrationName } from '../../src/formats/golang-migrate/name';

describe("golang-migrate's file-name grammar", () => {
  it.each([
    ['000001_create_users.up.sql', 1n, 'create_users', 'up', 'sql'],
    ['20240101120000_init.down.sql', 20240101120000n, 'init', 'down', 'sql'],
    ['1_.up.sql', 1n, '', 'up', 'sql'],
    // golang-migrate's greedy regex accepts a backup copy as a second migration file.
    ['3_x.up.sql.bak', 3n, 'x', 'up', 'sql.bak'],
    ['18446744073709551615_max.up.sql', 18446744073709551615n, 'max', 'up', 'sql'],
  ])('parses %s', (name, version, identifier, direction, extension) => {
    expect(parseMigrationName(name)).toEqual({ ok: true, name: { version, identifier, direction, extension } });
  });

  it.each([
    ['0003_x.UP.sql', 'lower-case'],
    ['0003-x.up.sql', 'underscore'],
    ['0003_x_up.sql', 'before the extension'],
    ['create_users.up.sql', 'does not start with a version'],
    ['18446744073709551616_over.up.sql', 'unsigned 64-bit'],
    ['0003_x.up', 'no extension'],
  ])('rejects %s and says why', (name, why) => {
    const result = parseMigrationName(name);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(why);
  });

  it('reports only skipped files that look like migrations', () => {
    expect(looksLikeMigration('README.md')).toBe(false);
    expect(looksLikeMigration('.gitkeep')).toBe(false);
    expect(looksLikeMigration('0003_x.UP.sql')).toBe(true);
    expect(looksLikeMigration('seed.sql')).toBe(true);
  });
});
