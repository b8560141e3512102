-- Fills mg_column of the rows already in mg_table, 1000 rows per transaction, each committed before the next: no row
-- stays locked longer than its batch. A NULL value would loop for ever: it stops the migration instead.
DO $$
DECLARE
  batch tid[];
  still_null bigint;
BEGIN
  LOOP
    batch := ARRAY(SELECT ctid FROM mg_table WHERE mg_column IS NULL LIMIT 1000);
    EXIT WHEN cardinality(batch) = 0;
    WITH filled AS (
      UPDATE mg_table SET mg_column = mg_value WHERE ctid = ANY (batch) AND mg_column IS NULL RETURNING mg_column
    )
    SELECT count(*) FILTER (WHERE mg_column IS NULL) INTO still_null FROM filled;
    IF still_null > 0 THEN
      RAISE EXCEPTION 'the backfill value is NULL: nothing to fill the rows with';
    END IF;
    COMMIT;
  END LOOP;
END
$$;
