import { describe, expect, it } from 'vitest';
import { sameInEveryRun } from '../../src/servers/scratch-names';

describe("the run's own database and role names in the server's words", () => {
  it('are spelled the same in every run', () => {
    expect(sameInEveryRun('35 objects in database migration_guard_28950_7a57aba4')).toBe('35 objects in database migration_guard_<run>');
    expect(sameInEveryRun('role "migration_guard_1_0badc0de" cannot be dropped; owner of database migration_guard_1_deadbeef')).toBe(
      'role "migration_guard_<run>" cannot be dropped; owner of database migration_guard_<run>',
    );
  });

  it("leave the user's own names alone, however close", () => {
    for (const text of [
      'relation "migration_guard_audit" does not exist',
      'database my_migration_guard_28950_7a57aba4',
      'migration_guard_28950_7a57aba',
      'migration_guard_28950_7A57ABA4',
      'migration_guard_28950_7a57aba4x',
    ])
      expect(sameInEveryRun(text)).toBe(text);
  });
});
