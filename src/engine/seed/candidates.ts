import type { Client } from 'pg';
import { sqlFile } from '../../sql/files';

/**
 * Candidate values as text, by what they are for: typical values (several,
 * distinct, ascending where the type orders), one extreme (long text, the
 * largest number, the latest date) and one small (empty, the most negative,
 * the earliest). PostgreSQL decides which ones a column's type accepts: a
 * domain's CHECK, a varchar's length, an enum's labels, an extension's input
 * function. Nothing here is random: the same schema gets the same rows.
 */
export interface Candidates {
  typical: string[];
  extreme: string[];
  small: string[];
}

export interface TypeInfo {
  oid: number;
  name: string;
  /** pg_type.typtype: b base, d domain, e enum, r range, m multirange, c composite, p pseudo. */
  kind: string;
  category: string;
  base: number | null;
  element: number | null;
  subtype: number | null;
  labels: string[] | null;
  fields: number;
}

export async function readTypes(client: Client, oids: number[]): Promise<Map<number, TypeInfo>> {
  // int8 columns come back as text.
  const { rows } = await client.query<{
    oid: string;
    name: string;
    kind: string;
    category: string;
    base: string | null;
    element: string | null;
    subtype: string | null;
    labels: string[] | null;
    fields: number;
  }>(sqlFile('engine/seed/sql/types.sql'), [oids]);
  return new Map(
    rows.map((r) => [
      Number(r.oid),
      {
        oid: Number(r.oid),
        name: r.name,
        kind: r.kind,
        category: r.category,
        base: r.base === null ? null : Number(r.base),
        element: r.element === null ? null : Number(r.element),
        subtype: r.subtype === null ? null : Number(r.subtype),
        labels: r.labels,
        fields: r.fields,
      } satisfies TypeInfo,
    ]),
  );
}

const LONG = 'x'.repeat(1000);
const none: Candidates = { typical: [], extreme: [], small: [] };

const BY_CATEGORY: Partial<Record<string, Candidates>> = {
  S: { typical: ['alpha', 'bravo', 'charlie', 'Zoë ✓ O\'Reilly "quoted"', 'echo', 'foxtrot'], extreme: [LONG], small: [''] },
  // Small numbers only: a seeded value may size the work a migration does (generate_series(1, n), repeat(), a loop).
  N: { typical: ['1', '2', '3', '5', '8', '13', '42'], extreme: ['1000', '999.99', '99.99', '9.99'], small: ['0'] },
  D: {
    typical: ['2023-12-31 08:00:00+00', '2024-01-15 10:30:00+00', '2024-02-29 23:59:59+00', '2025-06-30 12:00:00+00', '2026-03-01 00:00:00+00'],
    extreme: ['294276-12-31 23:59:59+00', '5874897-12-31', '23:59:59.999999'],
    small: ['4713-01-01 00:00:00+00 BC', '4713-01-01 BC', '00:00:00'],
  },
  T: { typical: ['1 day', '2 hours', '30 days', '1 year'], extreme: ['178000000 years'], small: ['-178000000 years'] },
  B: { typical: ['true', 'false'], extreme: [], small: [] },
  I: { typical: ['192.168.0.1', '10.0.0.0/8', '2001:db8::1', '127.0.0.1'], extreme: ['255.255.255.255'], small: ['0.0.0.0'] },
  V: { typical: ['1', '0', '01010101', '11110000'], extreme: ['11111111'], small: ['00000000'] },
  G: { typical: ['(1,2)', '((0,0),(1,1))', '<(0,0),1>', '[(0,0),(1,1)]', '{1,-1,0}', '((0,0),(1,1),(1,0))'], extreme: [], small: [] },
};

const BY_NAME: Partial<Record<string, Candidates>> = {
  uuid: {
    typical: [1, 2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
    extreme: ['ffffffff-ffff-ffff-ffff-ffffffffffff'],
    small: ['00000000-0000-0000-0000-000000000000'],
  },
  json: jsonCandidates(),
  jsonb: jsonCandidates(),
  bytea: { typical: ['\\x01', '\\xdeadbeef', '\\x0102', '\\xff'], extreme: [`\\x${'ff'.repeat(1000)}`], small: ['\\x'] },
};

/** Text that the input functions of common extension and built-in types accept (hstore, ltree, vector, macaddr, xml, tsvector...). */
const ANYTHING: Candidates = {
  typical: ['1', 'alpha', '[1,2,3]', 'a=>1', 'a.b', '(1,2)', '<a>1</a>', 'alpha & bravo', '08:00:2b:01:02:03', 'alpha bravo', '2', 'bravo'],
  extreme: [],
  small: [''],
};

function jsonCandidates(): Candidates {
  return {
    typical: ['{"id": 1, "name": "alpha"}', '{"id": 2, "tags": ["a", "b"]}', '[1, 2, 3]', '{"nested": {"deep": [{"x": null}]}}', '"text"'],
    extreme: [`{"long": "${LONG}"}`],
    small: ['{}', '[]', 'null'],
  };
}

/** Text candidates for a type, before PostgreSQL filters them. */
export function candidatesFor(oid: number, types: Map<number, TypeInfo>, depth = 0): Candidates {
  const t = types.get(oid);
  if (!t || depth > 5) return none;
  if (t.kind === 'd' && t.base !== null) return candidatesFor(t.base, types, depth + 1);
  if (t.kind === 'e') {
    const labels = t.labels ?? [];
    return { typical: labels, extreme: labels.slice(-1), small: labels.slice(0, 1) };
  }
  if (t.kind === 'c') return { typical: [`(${','.repeat(Math.max(0, t.fields - 1))})`], extreme: [], small: [] };
  if (t.kind === 'r' || t.kind === 'm') return rangeCandidates(t, types, depth);
  if (t.category === 'A' && t.element !== null) return arrayCandidates(candidatesFor(t.element, types, depth + 1));
  if (t.kind === 'p') return none;
  return BY_NAME[t.name] ?? BY_CATEGORY[t.category] ?? ANYTHING;
}

const quoted = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function arrayCandidates(e: Candidates): Candidates {
  const [a, b] = [e.typical.at(0), e.typical.at(1)];
  if (a === undefined) return { typical: [], extreme: [], small: ['{}'] };
  const typical = [`{${quoted(a)}}`, ...(b === undefined ? [] : [`{${quoted(a)},${quoted(b)}}`, `{${quoted(b)}}`])];
  return { typical, extreme: [`{${quoted(a)},NULL}`, ...e.extreme.map((x) => `{${quoted(x)}}`)], small: ['{}'] };
}

function rangeCandidates(t: TypeInfo, types: Map<number, TypeInfo>, depth: number): Candidates {
  const s = t.subtype === null ? none : candidatesFor(t.subtype, types, depth + 1);
  const [a, b, c] = [s.typical.at(0), s.typical.at(1), s.typical.at(2)];
  const largest = s.extreme.at(0);
  const ranges = [
    a !== undefined && b !== undefined ? `[${quoted(a)},${quoted(b)})` : undefined,
    b !== undefined && c !== undefined ? `[${quoted(b)},${quoted(c)})` : undefined,
  ].filter((r): r is string => r !== undefined);
  const extreme = a !== undefined && largest !== undefined ? [`[${quoted(a)},${quoted(largest)})`, '(,)'] : ['(,)'];
  if (t.kind === 'm') return { typical: ranges.map((r) => `{${r}}`), extreme: extreme.map((r) => `{${r}}`), small: ['{}'] };
  return { typical: ranges, extreme, small: ['empty'] };
}

/**
 * The candidates each column type accepts, as PostgreSQL prints them back
 * (so `varchar(3)` keeps 'alp'), duplicates removed. One round trip for all
 * the types of a migration's tables.
 */
export async function acceptedValues(
  client: Client,
  wanted: Map<string, { type: string; candidates: Candidates }>,
  run: <T>(query: () => Promise<T>) => Promise<T>,
): Promise<Map<string, Candidates>> {
  const entries = [...wanted.entries()];
  if (entries.length === 0) return new Map();
  const flat = entries.map(([, { candidates: c }]) => [...c.typical, ...c.extreme, ...c.small]);
  const { rows } = await run(() =>
    client.query<{ i: string; v: (string | null)[] }>(
      'SELECT i, pg_temp.mg_seed_values(ARRAY(SELECT jsonb_array_elements_text(c)), t) AS v FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, i), LATERAL (SELECT x.e->>0 AS t, x.e->1 AS c) y',
      [JSON.stringify(entries.map(([, { type }], k) => [type, flat[k]]))],
    ),
  );
  const out = new Map<string, Candidates>();
  for (const r of rows) {
    const k = Number(r.i) - 1;
    const [key, { candidates: c }] = entries[k];
    const values = r.v;
    const seen = new Set<string>();
    const keep = (from: number, count: number) =>
      values.slice(from, from + count).filter((v): v is string => v !== null && !seen.has(v) && !!seen.add(v));
    const typical = keep(0, c.typical.length);
    const extreme = keep(c.typical.length, c.extreme.length).slice(0, 1);
    const small = keep(c.typical.length + c.extreme.length, c.small.length).slice(0, 1);
    out.set(key, { typical, extreme, small });
  }
  return out;
}
