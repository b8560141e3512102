-- Row level security policies.
-- scope: pg_class
SELECT 'policy', r.qname || '.' || quote_ident(p.polname), jsonb_build_object(
    'command', p.polcmd, 'permissive', p.polpermissive,
    'roles', (SELECT string_agg(x.name, ', ' ORDER BY x.name) FROM
               (SELECT CASE WHEN u = 0 THEN 'public' ELSE pg_get_userbyid(u)::text END AS name FROM unnest(p.polroles) u) x),
    'using', pg_get_expr(p.polqual, p.polrelid), 'with check', pg_get_expr(p.polwithcheck, p.polrelid)),
  'pg_policy/' || p.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_policy p WHERE p.polrelid = r.oid OFFSET 0) p
