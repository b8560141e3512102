-- Tries text candidates against a type (seeder.ts): each one PostgreSQL accepts, as the type prints it, or NULL.
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
