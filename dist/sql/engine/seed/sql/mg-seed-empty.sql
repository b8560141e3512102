-- Which of the tables that exist hold no row.
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_empty(tables text[]) RETURNS SETOF text LANGUAGE plpgsql AS $mg$
DECLARE found boolean[];
BEGIN
  tables := ARRAY(SELECT t FROM unnest(tables) t WHERE to_regclass(t) IS NOT NULL);
  IF cardinality(tables) = 0 THEN RETURN; END IF;
  -- One statement for all of them: planning one EXECUTE per table costs more than the scans.
  EXECUTE 'SELECT ARRAY[' || (SELECT string_agg(format('EXISTS (SELECT FROM %s)', t), ', ') FROM unnest(tables) t) || ']' INTO found;
  RETURN QUERY SELECT x.t FROM unnest(tables, found) AS x(t, f) WHERE NOT x.f;
END $mg$;
