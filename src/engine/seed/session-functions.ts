import type { Client } from 'pg';
import { TABLES_FUNCTION } from './tables-query';

/**
 * Four helpers in the session's own temporary schema (invisible to snapshots,
 * gone with the session): one tries text candidates against a type and keeps
 * what PostgreSQL accepts, one reads the rows of the tables that exist, one
 * tells which of the tables that exist hold no row, one reads the tables a
 * migration touches (tables-query.ts). A
 * file may DISCARD TEMP, so callers re-create them on "does not exist".
 */
const FUNCTIONS = /* sql */ `
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_values(candidates text[], type_name text) RETURNS text[] LANGUAGE plpgsql AS $mg$
DECLARE v text; r text; result text[] := '{}';
BEGIN
  FOREACH v IN ARRAY candidates LOOP
    BEGIN
      EXECUTE format('SELECT ($1::%s)::text', type_name) INTO r USING v;
    EXCEPTION WHEN others THEN r := NULL;
    END;
    result := array_append(result, r);
  END LOOP;
  RETURN result;
END $mg$;
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_rows(tables text[], max_rows int) RETURNS TABLE (tbl text, row_values text, present boolean) LANGUAGE plpgsql AS $mg$
DECLARE name text;
BEGIN
  FOREACH name IN ARRAY tables LOOP
    IF to_regclass(name) IS NOT NULL THEN
      -- One marker row per existing table, so that an empty table is told from a dropped one.
      tbl := name; row_values := NULL; present := true;
      RETURN NEXT;
      RETURN QUERY EXECUTE format(
        'SELECT %L::text, (SELECT jsonb_object_agg(key, value) FROM jsonb_each_text(to_jsonb(x)))::text, false FROM (SELECT * FROM %s LIMIT %s) x',
        name, name, max_rows);
    END IF;
  END LOOP;
END $mg$;
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_empty(tables text[]) RETURNS SETOF text LANGUAGE plpgsql AS $mg$
DECLARE found boolean[];
BEGIN
  tables := ARRAY(SELECT t FROM unnest(tables) t WHERE to_regclass(t) IS NOT NULL);
  IF cardinality(tables) = 0 THEN RETURN; END IF;
  -- One statement for all of them: planning one EXECUTE per table costs more than the scans.
  EXECUTE 'SELECT ARRAY[' || (SELECT string_agg(format('EXISTS (SELECT FROM %s)', t), ', ') FROM unnest(tables) t) || ']' INTO found;
  RETURN QUERY SELECT x.t FROM unnest(tables, found) AS x(t, f) WHERE NOT x.f;
END $mg$;
${TABLES_FUNCTION}
`;

const installed = new WeakSet<Client>();
/** Clients whose named statements a file dropped (DISCARD ALL): they get unnamed ones from then on. */
const discarded = new WeakSet<Client>();

/**
 * A query prepared once per session (planning the catalog queries costs more than running them). A file
 * may DISCARD ALL, which drops prepared statements: the query is then sent unnamed from then on.
 */
export async function prepared(client: Client, name: string, text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }> {
  if (discarded.has(client)) return client.query(text, values);
  try {
    return await client.query({ name, text, values });
  } catch (error) {
    if ((error as { code?: string }).code !== '26000') throw error;
    discarded.add(client);
    return client.query(text, values);
  }
}

/** Runs a query that calls the helpers, installing them first when this session does not have them (yet, or any more). */
export async function withSessionFunctions<T>(client: Client, query: () => Promise<T>): Promise<T> {
  if (!installed.has(client)) {
    await client.query(FUNCTIONS);
    installed.add(client);
  }
  try {
    return await query();
  } catch (error) {
    if ((error as { code?: string }).code !== '42883') throw error;
    await client.query(FUNCTIONS);
    return query();
  }
}

/** An identifier quoted as PostgreSQL's quote_ident would (always quoted: never wrong). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
