import { nameInSql } from '../sql/quote-name';

/** The statements that make a column NOT NULL without holding ACCESS EXCLUSIVE through a full scan (PostgreSQL 12+ skips the scan when a valid CHECK proves it). */
export interface NotNullSteps {
  addCheck: string;
  validateAndSet: string;
}

/** PostgreSQL keeps the first 63 bytes of a name (NAMEDATALEN - 1). */
const MAX_NAME_BYTES = 63;

/** table and column as they must appear in SQL (already quoted/qualified as the migration wrote them). */
export function notNullSteps(table: string, column: string, columnName: string, tableName: string): NotNullSteps {
  // A name ending in `_not_null` is never a keyword: bare is safe wherever nameInSql leaves it bare.
  const name = nameInSql(cut(`${tableName}_${columnName}_not_null`, MAX_NAME_BYTES));
  return {
    addCheck: `ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IS NOT NULL) NOT VALID;`,
    validateAndSet: [
      `ALTER TABLE ${table} VALIDATE CONSTRAINT ${name};`,
      `ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;`,
      `ALTER TABLE ${table} DROP CONSTRAINT ${name};`,
    ].join('\n'),
  };
}

/** The longest prefix within `bytes` UTF-8 bytes that does not split a character, as PostgreSQL truncates names. */
function cut(name: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of name) {
    used += Buffer.byteLength(ch);
    if (used > bytes) break;
    out += ch;
  }
  return out;
}
