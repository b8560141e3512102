-- Sequences: their parameters, the column that owns them, privileges, owner.
-- scope: pg_class
SELECT 'sequence', r.qname, jsonb_build_object(
    'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
    'min', s.seqmin::text, 'max', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle,
    'owned by', owner.col, 'privileges', (CASE WHEN c.relacl @> acldefault('s', c.relowner) AND c.relacl <@ acldefault('s', c.relowner) THEN NULL ELSE c.relacl END)::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, owner.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_sequence s WHERE s.seqrelid = r.oid OFFSET 0) s JOIN pg_class c ON c.oid = r.oid
LEFT JOIN LATERAL (
  SELECT format('%s.%I', dr.qname, a.attname) AS col, dr.ref FROM pg_depend d JOIN rel dr ON dr.oid = d.refobjid
  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1
) owner ON true
