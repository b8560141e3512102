-- Tables (ordinary, partitioned, foreign): partitioning, inheritance, row level security, options, privileges, owner.
-- scope: pg_class
SELECT 'table', r.qname, jsonb_build_object(
    'type', CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' ELSE 'foreign table' END,
    'unlogged', c.relpersistence = 'u',
    'partition key', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
    'partition of', (SELECT format('%I.%I', pn.nspname, pc.relname) FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                      JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND c.relispartition),
    'partition bound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
    'inherits', (SELECT string_agg(format('%I.%I', pn.nspname, pc.relname), ', ' ORDER BY i.inhseqno) FROM pg_inherits i
                  JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                  WHERE i.inhrelid = c.oid AND NOT c.relispartition),
    'row level security', CASE WHEN NOT c.relrowsecurity THEN 'disabled' WHEN c.relforcerowsecurity THEN 'forced' ELSE 'enabled' END,
    'options', array_to_string(c.reloptions, ', '),
    'replica identity', c.relreplident,
    -- A list equal to the owner's default (what REVOKE leaves after a GRANT, in any order) is no list: it grants the same.
    'privileges', (CASE WHEN c.relacl @> acldefault('r', c.relowner) AND c.relacl <@ acldefault('r', c.relowner) THEN NULL ELSE c.relacl END)::text,
    'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, (SELECT 'pg_class/' || i.inhparent FROM pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition)
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.kind = 'table'
