-- Enums, domains, composite, range and base types (not array types, not the row types of tables).
-- scope: pg_type
SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'type' END,
  format('%I.%I', n.nspname, t.typname),
  jsonb_build_object(
    'labels', CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
    'base type', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
    'not null', CASE WHEN t.typtype = 'd' THEN t.typnotnull END,
    'default', t.typdefault,
    'constraints', CASE WHEN t.typtype = 'd' THEN (SELECT string_agg(format('%I %s', c.conname, pg_get_constraintdef(c.oid)), ', ' ORDER BY c.conname)
                                                   FROM pg_constraint c WHERE c.contypid = t.oid) END,
    'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum)
                                                  FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END,
    'subtype', CASE WHEN t.typtype = 'r' THEN (SELECT format_type(rg.rngsubtype, NULL) FROM pg_range rg WHERE rg.rngtypid = t.oid) END,
    'privileges', (CASE WHEN t.typacl @> acldefault('T', t.typowner) AND t.typacl <@ acldefault('T', t.typowner) THEN NULL ELSE t.typacl END)::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(t.typowner)::text END),
  'pg_type/' || t.oid, NULL
FROM type_rows t JOIN ns n ON n.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'c', 'r', 'b') AND t.typcategory <> 'A'
  AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
