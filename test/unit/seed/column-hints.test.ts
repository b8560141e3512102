import { describe, expect, it } from 'vitest';
import { hintedCandidates, hintFor, usageHints } from '../../../src/engine/seed/column-hints';
import type { ColumnInfo } from '../../../src/engine/seed/table-info';

const column = (name: string, type = 'text'): ColumnInfo => ({ name, type, typeOid: 25, notNull: false, auto: false, unique: false });

describe('values a column name or the migrations hint at', () => {
  it('reads identifiers, JSON and codes from text columns, and leaves other names to their type', () => {
    const hints = [
      ['external_id', 'text'],
      ['tenantUuid', 'text'],
      ['event_ulid', 'text'],
      ['payload', 'text'],
      ['settings', 'character varying(255)'],
      ['currency', 'character varying(3)'],
      ['country_code', 'character(2)'],
      ['lang', 'text'],
      ['status', 'character(3)'],
      ['note', 'text'],
    ].map(([name, type]) => hintFor(column(name, type), 'S', type));
    expect(hints).toEqual(['uuid', 'uuid', 'ulid', 'json', 'json', 'currency', 'country', 'language', 'code', undefined]);
    expect(hintFor(column('metadata', 'jsonb'), 'U', 'jsonb')).toBe('json');
    expect(hintFor(column('id', 'character(26)'), 'S', 'bpchar')).toBe('ulid');
    expect(hintFor(column('total', 'integer'), 'N', 'int4')).toBeUndefined();
  });

  it('never offers an empty code, a non-object JSON or repeated identifiers', () => {
    expect(hintedCandidates('currency', column('currency', 'character varying(3)')).typical[0]).toBe('USD');
    expect(hintedCandidates('country', column('country', 'character(2)')).typical[0]).toBe('US');
    expect(hintedCandidates('json', column('payload')).typical.every((v) => (JSON.parse(v) as unknown)?.constructor === Object)).toBe(true);
    const ids = hintedCandidates('uuid', column('external_id')).typical;
    expect(new Set(ids.map((v) => v.slice(0, 8))).size).toBe(ids.length);
    expect(ids.every((v) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/.test(v))).toBe(true);
    expect(hintedCandidates('ulid', column('id_ulid')).typical.every((v) => /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/.test(v))).toBe(true);
  });

  it("takes what the migrations' own SQL casts a column to, arrays where it expands one", () => {
    const usage = usageHints([
      "SELECT trigger::json->'cron' FROM p",
      'SELECT jsonb_array_elements(n.event_types::jsonb) FROM n',
      'SELECT ref::uuid FROM r',
      "SELECT '{}'::jsonb",
    ]);
    expect([...usage.entries()].sort()).toEqual([
      ['event_types', 'json-array'],
      ['ref', 'uuid'],
      ['trigger', 'json'],
    ]);
    expect(hintFor(column('trigger'), 'S', 'text', usage)).toBe('json');
  });
});
