-- Indexes that no constraint owns (a constraint's index is the constraint's definition).
-- scope: pg_class
SELECT 'index', ir.qname,
  jsonb_build_object('definition', pg_get_indexdef(i.indexrelid), 'valid', i.indisvalid, 'clustered', i.indisclustered),
  ir.ref, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_index i WHERE i.indrelid = r.oid OFFSET 0) i JOIN rel ir ON ir.oid = i.indexrelid
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
