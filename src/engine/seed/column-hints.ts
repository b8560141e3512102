import type { Candidates } from './candidates';
import type { ColumnInfo } from './table-info';

/**
 * What a column's name says its values are, beyond its type: a text column named `external_id` holds identifiers, one
 * named `payload` JSON, one named `currency` a short code. Values like real rows hold keep the data checks about the
 * migration: `'alpha'` cast to jsonb, or `''` as a currency code, fail only because the seeder made them up.
 */
export type Hint = 'uuid' | 'ulid' | 'json' | 'json-array' | 'currency' | 'country' | 'language' | 'code';

/** Columns the migrations' own SQL uses as JSON or UUIDs, by column name (`trigger::json`, `jsonb_array_elements(x::jsonb)`). */
export type UsageHints = Map<string, Hint>;

/** `col::json`, `t.col::jsonb`, `"Col"::uuid`: the column before a cast, the type after it. */
const BEFORE_CAST = /"?([A-Za-z_][A-Za-z0-9_$]*)"?\s*$/;
const CAST_TYPE = /^\s*(jsonb?|uuid)\b/i;
/** The cast is the argument of jsonb_array_elements (and kin): the column holds arrays. */
const EXPANDED = /json_?b?_array_elements(?:_text)?\s*\(\s*(?:[A-Za-z_][A-Za-z0-9_$]*\.)?"?$/i;
const CAST_CALL = /CAST\s*\(\s*(?:[A-Za-z_][A-Za-z0-9_$]*\.)?"?([A-Za-z_][A-Za-z0-9_$]*)"?\s+AS\s+jsonb?\s*\)/gi;

/**
 * What the migrations' text casts columns to: read once per run, so that rows seeded early suit the migrations that
 * read them later. Found from each `::` (rare) rather than by a pattern tried at every character of a large file.
 */
export function usageHints(texts: string[]): UsageHints {
  const out: UsageHints = new Map();
  const note = (column: string, hint: Hint) => {
    if (!out.has(column)) out.set(column, hint);
  };
  for (const text of texts) {
    for (let i = text.indexOf('::'); i >= 0; i = text.indexOf('::', i + 2)) {
      const type = CAST_TYPE.exec(text.slice(i + 2, i + 12))?.[1]?.toLowerCase();
      if (!type) continue;
      const before = text.slice(Math.max(0, i - 120), i);
      const column = BEFORE_CAST.exec(before);
      if (!column) continue;
      const expanded = EXPANDED.test(before.slice(0, column.index + (before[column.index] === '"' ? 1 : 0)));
      note(column[1], type === 'uuid' ? 'uuid' : expanded ? 'json-array' : 'json');
    }
    if (/CAST/i.test(text)) for (const m of text.matchAll(CAST_CALL)) note(m[1], 'json');
  }
  return out;
}

/** The words are matched against the name's parts (snake_case, camelCase and kebab-case split). */
const ID_WORDS = new Set(['id', 'uuid', 'guid', 'uid', 'ref', 'key']);
const JSON_WORDS = new Set([
  'json',
  'jsonb',
  'payload',
  'data',
  'metadata',
  'meta',
  'config',
  'configuration',
  'settings',
  'attributes',
  'properties',
  'props',
  'options',
  'params',
  'parameters',
  'extra',
  'extras',
  'context',
  'labels',
  'annotations',
  'filters',
  'spec',
  'details',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A short fixed-length text type (`character(2)`, `character varying(3)`): a code whatever the name. */
function shortLength(type: string): number | undefined {
  const m = /^(?:character|character varying|bpchar|varchar)\((\d+)\)$/.exec(type);
  const n = m ? Number(m[1]) : undefined;
  return n !== undefined && n >= 2 && n <= 3 ? n : undefined;
}

/** The hint for a column of a text-like (category S) or JSON type; undefined: its type's ordinary values. */
export function hintFor(c: ColumnInfo, category: string, typeName: string, usage: UsageHints = new Map()): Hint | undefined {
  const used = usage.get(c.name);
  if (used && (category === 'S' || (used !== 'uuid' && (typeName === 'json' || typeName === 'jsonb')))) return used;
  const w = words(c.name);
  const last = w.at(-1) ?? '';
  if (typeName === 'json' || typeName === 'jsonb') return w.some((x) => JSON_WORDS.has(x)) ? 'json' : undefined;
  if (category !== 'S') return undefined;
  if (w.includes('ulid')) return 'ulid';
  // An identifier in char(26) is a ULID (its 26 characters), in a wider text column a UUID.
  if (ID_WORDS.has(last) || w.includes('uuid') || w.includes('guid')) return /\(26\)$/.test(c.type) ? 'ulid' : 'uuid';
  if (w.some((x) => x.startsWith('currenc'))) return 'currency';
  if (w.some((x) => x === 'country' || x === 'countries')) return 'country';
  if (w.some((x) => x === 'lang' || x === 'language' || x === 'locale')) return 'language';
  if (w.some((x) => JSON_WORDS.has(x))) return 'json';
  if (last === 'code' || last === 'codes' || shortLength(c.type) !== undefined) return 'code';
  return undefined;
}

/** Distinct from the first character on, so that a shorter varchar keeps them distinct. */
const uuid = (n: number) => {
  const d = String(n);
  return `${d.repeat(8)}-${d.repeat(4)}-4${d.repeat(3)}-8${d.repeat(3)}-${d.repeat(12)}`;
};
/** Crockford base32, 26 characters, a fixed time part: the same every run. */
const ulid = (n: number) => `0${n}HGW2N7EHJTZ6RC2VWB8K3M${n}A`;

const CODES: Record<Exclude<Hint, 'uuid' | 'ulid' | 'json' | 'json-array'>, string[]> = {
  currency: ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD'],
  country: ['US', 'DE', 'FR', 'GB', 'JP', 'CA'],
  language: ['EN', 'DE', 'FR', 'ES', 'JA', 'IT'],
  code: ['ABC', 'DEF', 'GHJ', 'KLM', 'NPQ', 'RST'],
};

/**
 * The candidates for a hinted column. Identifiers are distinct in every row (the seeder never writes duplicates into a
 * column that names things); JSON is always an object (a later `::jsonb` cast and `jsonb_each_text` work); codes are
 * short, upper-case and never empty. None has an extreme or small value: real rows hold none.
 */
export function hintedCandidates(hint: Hint, c: ColumnInfo): Candidates {
  switch (hint) {
    case 'uuid':
      return { typical: [1, 2, 3, 4, 5, 6].map(uuid), extreme: [], small: [] };
    case 'ulid':
      return { typical: [1, 2, 3, 4, 5, 6].map(ulid), extreme: [], small: [] };
    case 'json-array':
      return { typical: ['["alpha"]', '["alpha", "bravo"]', '[1, 2]', '[]', '["charlie"]'], extreme: [], small: [] };
    case 'json':
      return {
        typical: ['{"id": 1, "name": "alpha"}', '{"id": 2, "tags": ["a", "b"]}', '{"nested": {"deep": [{"x": null}]}}', '{}', '{"id": 5}'],
        extreme: [],
        small: [],
      };
    default: {
      const n = shortLength(c.type);
      const list = n === 2 && hint !== 'country' ? CODES[hint].map((x) => x.slice(0, 2)) : CODES[hint];
      return { typical: list, extreme: [], small: [] };
    }
  }
}

/** Hinted columns whose values must differ from row to row (identifiers). */
export function distinctValues(hint: Hint | undefined): boolean {
  return hint === 'uuid' || hint === 'ulid';
}
