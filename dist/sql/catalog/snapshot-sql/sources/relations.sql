-- The relations listed (of class_rows: all of pg_class, or the relations in scope), with the names and refs the
-- branches print. Not the version table ($1), not an extension's.
SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS qname,
  CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'table' WHEN c.relkind = 'v' THEN 'view' WHEN c.relkind = 'm' THEN 'materialized view'
       WHEN c.relkind IN ('i', 'I') THEN 'index' WHEN c.relkind = 'S' THEN 'sequence' ELSE 'relation' END AS kind,
  'pg_class/' || c.oid AS ref
FROM class_rows c JOIN ns n ON n.oid = c.relnamespace
WHERE c.oid IS DISTINCT FROM to_regclass($1)::oid
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
