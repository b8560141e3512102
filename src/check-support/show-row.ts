import type { Row } from '../engine/seed/observations';
import { withoutClockValues } from '../servers/clock-values';

/** A row as one line: `{id: 1, email: alpha}`, long values shortened, the clock's values of the run named (clock-values.ts). */
export function showRow(row: Row | undefined): string {
  if (!row) return '(none)';
  const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 37)}... (${v.length} characters)` : v);
  const value = (v: string | null) => (v === null ? 'NULL' : v === '' ? "''" : shown(withoutClockValues(v)));
  return `{${Object.keys(row)
    .sort()
    .map((k) => `${k}: ${value(row[k])}`)
    .join(', ')}}`;
}
