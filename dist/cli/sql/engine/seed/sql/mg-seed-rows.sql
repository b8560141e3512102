-- Reads up to max_rows rows of each table that exists, as JSON text, after one marker row per existing table.
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
