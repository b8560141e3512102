-- Inserts one table's seeded rows (insert-rows.ts) in one call: $4 holds, for each row's role, the rows to try in order
-- (each an array of text values or nulls, one per column of $2, cast to $3); the first one the table takes is kept. A
-- refused row rolls back alone (a subtransaction). When the table refused the role's first row, the later roles get one
-- try each. When the rows' triggers created, changed or dropped schema objects (an auto-partition trigger), every row is
-- rolled back with them: seeding leaves rows, never objects; `changed` says so.
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_insert(tbl text, cols text[], types text[], roles jsonb)
RETURNS TABLE (inserted int, first_error text, changed boolean) LANGUAGE plpgsql AS $mg$
DECLARE
  stmt text;
  started xid;
  objects bigint;
  r int;
  k int;
  tries int;
BEGIN
  inserted := 0; changed := false;
  stmt := CASE WHEN cardinality(cols) = 0 THEN format('INSERT INTO %s DEFAULT VALUES', tbl)
    ELSE format('INSERT INTO %s (%s) SELECT %s', tbl,
      (SELECT string_agg(quote_ident(c), ', ' ORDER BY i) FROM unnest(cols) WITH ORDINALITY AS x(c, i)),
      (SELECT string_agg(format('($1->>%s)::%s', i - 1, t), ', ' ORDER BY i) FROM unnest(types) WITH ORDINALITY AS x(t, i))) END;
  -- Every catalog row written from here on has this transaction's id or a later one (its subtransactions').
  started := (txid_current() % 4294967296)::text::xid;
  objects := (SELECT count(*) FROM pg_class) + (SELECT count(*) FROM pg_proc) + (SELECT count(*) FROM pg_type) + (SELECT count(*) FROM pg_namespace);
  BEGIN
    FOR r IN 0 .. jsonb_array_length(roles) - 1 LOOP
      tries := CASE WHEN inserted = 0 AND r > 0 AND first_error IS NOT NULL THEN 1 ELSE jsonb_array_length(roles -> r) END;
      FOR k IN 0 .. tries - 1 LOOP
        BEGIN
          EXECUTE stmt USING roles -> r -> k;
          inserted := inserted + 1;
          EXIT;
        EXCEPTION WHEN others THEN
          first_error := coalesce(first_error, SQLERRM);
        END;
      END LOOP;
    END LOOP;
    IF EXISTS (SELECT FROM pg_class WHERE age(xmin) <= age(started)) OR EXISTS (SELECT FROM pg_proc WHERE age(xmin) <= age(started))
      OR EXISTS (SELECT FROM pg_type WHERE age(xmin) <= age(started)) OR EXISTS (SELECT FROM pg_namespace WHERE age(xmin) <= age(started))
      OR EXISTS (SELECT FROM pg_trigger WHERE age(xmin) <= age(started)) OR EXISTS (SELECT FROM pg_constraint WHERE age(xmin) <= age(started))
      OR objects <> (SELECT count(*) FROM pg_class) + (SELECT count(*) FROM pg_proc) + (SELECT count(*) FROM pg_type) + (SELECT count(*) FROM pg_namespace)
    THEN
      RAISE EXCEPTION USING ERRCODE = 'MGSE1';
    END IF;
  EXCEPTION WHEN SQLSTATE 'MGSE1' THEN
    inserted := 0; changed := true;
  END;
  RETURN NEXT;
END $mg$;
