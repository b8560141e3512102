-- Each table's column order, as one row (a column re-created at the end changes it).
-- scope: pg_class
SELECT 'column order', r.qname,
  jsonb_build_object('columns', (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                 WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped)),
  r.ref || '/order', r.ref
FROM rel r WHERE r.kind = 'table'
