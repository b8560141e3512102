import { describe, expect, it } from 'vitest';
import { notNullSteps } from '../../src/fixes/not-null-steps';
import { alterTable } from '../../src/fixes/validating-constraint-edits';
import { sameRelation, unquoted } from '../../src/fixes/sql-names';

describe('the NOT NULL steps', () => {
  it('add the check NOT VALID, then validate it, set NOT NULL and drop it, with the names as the migration wrote them', () => {
    expect(notNullSteps('public.accounts', 'email', 'email', 'accounts')).toEqual({
      addCheck: 'ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
      validateAndSet:
        'ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_email_not_null;\n' +
        'ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;\n' +
        'ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_not_null;',
    });
  });

  it('quote the name only when it needs quotes, and cut it to 63 bytes without splitting a character', () => {
    expect(notNullSteps('"Accounts"', '"E-mail"', 'E-mail', 'Accounts').addCheck).toBe(
      'ALTER TABLE "Accounts" ADD CONSTRAINT "Accounts_E-mail_not_null" CHECK ("E-mail" IS NOT NULL) NOT VALID;',
    );
    const long = notNullSteps('t', 'c', 'c'.repeat(40), 't'.repeat(40)).addCheck;
    const name = /ADD CONSTRAINT (\S+) CHECK/.exec(long)?.[1] ?? '';
    expect(name).toBe(`${'t'.repeat(40)}_${'c'.repeat(22)}`);
    expect(Buffer.byteLength(name)).toBe(63);
    // 't_' and 30 two-byte characters are 62 bytes: the 31st would make 64, so it is left out whole.
    const wide = /CONSTRAINT "([^"]+)"/.exec(notNullSteps('t', 'c', 'é'.repeat(40), 't').addCheck)?.[1] ?? '';
    expect(wide).toBe(`t_${'é'.repeat(30)}`);
    expect(Buffer.byteLength(wide)).toBe(62);
  });
});

describe('reading an ALTER TABLE back', () => {
  it('finds the table as written and the command, and compares names as PostgreSQL folds them', () => {
    expect(alterTable('ALTER TABLE IF EXISTS ONLY public."Orders" ALTER COLUMN total SET NOT NULL ;')).toEqual({
      table: 'public."Orders"',
      command: 'ALTER COLUMN total SET NOT NULL',
    });
    expect(alterTable('CREATE TABLE t (id int)')).toBeUndefined();
    expect(unquoted('"A""b"')).toBe('A"b');
    expect(sameRelation('Orders', 'public.orders')).toBe(true);
    expect(sameRelation('"Orders"', 'orders')).toBe(false);
  });
});
