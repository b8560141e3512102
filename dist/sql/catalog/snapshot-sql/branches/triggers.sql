-- Each table's triggers (not the internal ones of foreign keys).
-- scope: pg_class
SELECT 'trigger', r.qname || '.' || quote_ident(t.tgname),
  jsonb_build_object('definition', pg_get_triggerdef(t.oid, true), 'enabled', t.tgenabled),
  'pg_trigger/' || t.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_trigger t WHERE t.tgrelid = r.oid AND NOT t.tgisinternal OFFSET 0) t
