-- The schemas whose objects are listed: not the system's, not migration-guard's own, not an extension's.
SELECT oid, nspname FROM pg_namespace
WHERE nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND nspname !~ '^pg_toast' AND nspname !~ '^pg_temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = pg_namespace.oid AND d.deptype = 'e')
