-- Every sequence of the migrations' (not the version table's, whose rows the bookkeeping writes, nor migration-guard's
-- own), with its state: what nextval would hand out next depends on last_value and is_called. $1: the version table.
SELECT c.oid::bigint AS oid,
       (pg_catalog.xpath('/row/v/text()', x))[1]::text AS value,
       (pg_catalog.xpath('/row/c/text()', x))[1]::text = 'true' AS called
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL pg_catalog.query_to_xml(
  pg_catalog.format('SELECT last_value AS v, is_called AS c FROM %I.%I', n.nspname, c.relname), false, true, '') AS x
WHERE c.relkind = 'S'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.refobjid = pg_catalog.to_regclass($1))
ORDER BY 1
