-- Schemas, with their privileges and owner. Only in a full read: a touched schema reads everything.
-- scope: none
SELECT 'schema' AS kind, quote_ident(n.nspname) AS name,
  jsonb_build_object('privileges', (CASE WHEN n.nspacl @> acldefault('n', n.nspowner) AND n.nspacl <@ acldefault('n', n.nspowner) THEN NULL ELSE n.nspacl END)::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(n.nspowner)::text END) AS props,
  'pg_namespace/' || n.oid AS ref, NULL AS parent_ref
FROM pg_namespace n JOIN ns USING (oid)
WHERE $3::text[] IS NULL
