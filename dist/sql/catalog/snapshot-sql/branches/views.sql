-- Views and materialized views: their definition, options, privileges, owner.
-- scope: pg_class
SELECT r.kind, r.qname, jsonb_build_object(
    'definition', pg_get_viewdef(r.oid, true), 'options', array_to_string(c.reloptions, ', '),
    'populated', CASE WHEN r.relkind = 'm' THEN c.relispopulated END, 'privileges', (CASE WHEN c.relacl @> acldefault('r', c.relowner) AND c.relacl <@ acldefault('r', c.relowner) THEN NULL ELSE c.relacl END)::text,
    'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, NULL
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.relkind IN ('v', 'm')
