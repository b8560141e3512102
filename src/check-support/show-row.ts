import type { Row } from '../engine/seed/observations';

/** A row as one line: `{id: 1, email: alpha}`, long values shortened. */
export function showRow(row: Row | undefined): string {
  if (!row) return '(none)';
  const value = (v: string | null) => (v === null ? 'NULL' : v === '' ? "''" : v.length > 40 ? `${v.slice(0, 37)}... (${v.length} characters)` : v);
  return `{${Object.keys(row)
    .sort()
    .map((k) => `${k}: ${value(row[k])}`)
    .join(', ')}}`;
}
