-- Extensions, with their version and schema (their objects are not listed one by one).
-- scope: pg_extension
SELECT 'extension', quote_ident(e.extname), jsonb_build_object('version', e.extversion, 'schema', e.extnamespace::regnamespace::text),
  'pg_extension/' || e.oid, NULL
FROM extension_rows e
