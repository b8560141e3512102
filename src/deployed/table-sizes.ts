import { readOnly } from './connect';

export interface TableSize {
  /** pg_class.reltuples: the planner's estimate (-1 when never analyzed: unknown). */
  rows?: number;
  /** pg_total_relation_size: heap, indexes and TOAST. */
  bytes: number;
}

/**
 * Production sizes of the tables findings name (schema-qualified), read from
 * the deployed database in a read-only transaction with a statement timeout.
 * Tables the deployed database does not have are left out.
 */
export async function readTableSizes(url: string, names: string[]): Promise<Map<string, TableSize>> {
  const out = new Map<string, TableSize>();
  if (!names.length) return out;
  return readOnly(url, 'target-database-url', async (client) => {
    const { rows } = await client.query<{ name: string; rows: number; bytes: number }>(
      `
      SELECT q.name, c.reltuples::float8 AS rows, pg_catalog.pg_total_relation_size(c.oid)::float8 AS bytes
      FROM unnest($1::text[]) AS q(name) JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)`,
      [names],
    );
    for (const r of rows) out.set(r.name, { rows: r.rows >= 0 ? r.rows : undefined, bytes: r.bytes });
    return out;
  });
}

/** "orders: ~48 M rows, 21 GB" */
export function describeSize(name: string, size: TableSize): string {
  const shown = name.startsWith('public.') ? name.slice('public.'.length) : name;
  const rows = size.rows === undefined ? 'rows unknown (never analyzed)' : `~${approximate(size.rows)} rows`;
  return `${shown}: ${rows}, ${bytes(size.bytes)}`;
}

function approximate(n: number): string {
  if (n >= 1e9) return `${round(n / 1e9)} G`;
  if (n >= 1e6) return `${round(n / 1e6)} M`;
  if (n >= 1e3) return `${round(n / 1e3)} k`;
  return String(Math.round(n));
}

function bytes(n: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : round(n)} ${units[i]}`;
}

const round = (x: number) => (x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, ''));
