/**
 * A name as SQL writes it: bare where PostgreSQL keeps it as it is (lower-case letters, digits, `_`, `$`), otherwise
 * in double quotes with any double quote doubled.
 */
export function nameInSql(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
