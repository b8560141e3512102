-- Each table's constraints, by their definition.
-- scope: pg_class
SELECT 'constraint', r.qname || '.' || quote_ident(con.conname),
  jsonb_build_object('definition', pg_get_constraintdef(con.oid)),
  'pg_constraint/' || con.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_constraint con WHERE con.conrelid = r.oid OFFSET 0) con
