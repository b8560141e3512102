/** The statements that make a column NOT NULL without holding ACCESS EXCLUSIVE through a full scan (PostgreSQL 12+ skips the scan when a valid CHECK proves it). */
export interface NotNullSteps {
  addCheck: string;
  validateAndSet: string;
}

/** PostgreSQL keeps the first 63 bytes of a name (NAMEDATALEN - 1). */
const NAME_BYTES = 63;

/** table and column as they must appear in SQL (already quoted/qualified as the migration wrote them). */
export function notNullSteps(table: string, column: string, columnName: string, tableName: string): NotNullSteps {
  const name = quoted(cut(`${tableName}_${columnName}_not_null`));
  return {
    addCheck: `ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IS NOT NULL) NOT VALID;`,
    validateAndSet: [
      `ALTER TABLE ${table} VALIDATE CONSTRAINT ${name};`,
      `ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;`,
      `ALTER TABLE ${table} DROP CONSTRAINT ${name};`,
    ].join('\n'),
  };
}

/** The name as PostgreSQL stores it: at most 63 bytes, never half a character. */
function cut(name: string): string {
  let out = '';
  for (const c of name) {
    if (Buffer.byteLength(out + c) > NAME_BYTES) break;
    out += c;
  }
  return out;
}

/**
 * Quoted only when PostgreSQL would fold or refuse it bare: upper-case ASCII, spaces, punctuation. Non-ASCII letters are
 * identifier characters PostgreSQL keeps as they are; names ending in `_not_null` are never keywords.
 */
function quoted(name: string): string {
  return /^[a-z_\u0080-\u{10ffff}][a-z0-9_$\u0080-\u{10ffff}]*$/u.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
