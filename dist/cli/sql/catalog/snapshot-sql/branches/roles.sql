-- Roles, cluster-wide: only when $2 asks for them (a shared server may change them under us).
-- scope: always
SELECT 'role', quote_ident(r.rolname), jsonb_build_object(
    'superuser', r.rolsuper, 'inherit', r.rolinherit, 'create role', r.rolcreaterole, 'create db', r.rolcreatedb,
    'login', r.rolcanlogin, 'replication', r.rolreplication, 'bypass rls', r.rolbypassrls,
    'connection limit', r.rolconnlimit, 'valid until', r.rolvaliduntil::text,
    'member of', (SELECT string_agg(quote_ident(g.rolname), ', ' ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid),
    'settings', (SELECT array_to_string(s.setconfig, ', ') FROM pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = 0)),
  'pg_authid/' || r.oid, NULL
FROM pg_roles r WHERE $2 AND r.rolname !~ '^pg_'
