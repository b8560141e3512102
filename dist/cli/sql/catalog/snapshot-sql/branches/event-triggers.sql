-- Event triggers, which DDL event triggers never report (not migration-guard's own).
-- scope: always
SELECT 'event trigger', quote_ident(e.evtname),
  jsonb_build_object('event', e.evtevent, 'function', e.evtfoid::regproc::text, 'enabled', e.evtenabled, 'tags', array_to_string(e.evttags, ', ')),
  'pg_event_trigger/' || e.oid, NULL
FROM pg_event_trigger e
WHERE e.evtname NOT LIKE '_migration_guard_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_event_trigger'::regclass AND x.objid = e.oid AND x.deptype = 'e')
