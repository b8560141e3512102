-- Each table's columns: type, nullability, default or generation expression, identity, collation, storage.
-- scope: pg_class
SELECT 'column', r.qname || '.' || quote_ident(a.attname), jsonb_build_object(
    'type', format_type(a.atttypid, a.atttypmod),
    'not null', a.attnotnull,
    'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
    'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) || CASE a.attgenerated WHEN 's' THEN ' stored' ELSE ' virtual' END END,
    'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
    'collation', CASE WHEN a.attcollation <> t.typcollation THEN
      (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
    'privileges', a.attacl::text,
    'storage', CASE WHEN a.attstorage <> t.typstorage THEN
      CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' WHEN 'x' THEN 'extended' END END,
    -- attcompression exists from PostgreSQL 14 on: read through to_jsonb so that the query runs on older servers too.
    'compression', CASE to_jsonb(a) ->> 'attcompression' WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
    -- The default is -1 up to PostgreSQL 16 and NULL from 17 on: both read as no value.
    'statistics target', NULLIF(a.attstattarget, -1)),
  r.ref || '/' || a.attnum, r.ref
FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE r.kind = 'table' AND a.attnum > 0 AND NOT a.attisdropped
