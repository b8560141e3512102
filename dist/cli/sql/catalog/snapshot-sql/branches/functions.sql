-- Functions, procedures and aggregates, by their full definition.
-- scope: pg_proc
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
  format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
  jsonb_build_object(
    'definition', CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
      (SELECT format('sfunc %s, stype %s, finalfunc %s, initcond %s', a.aggtransfn, format_type(a.aggtranstype, NULL), a.aggfinalfn, a.agginitval)
       FROM pg_aggregate a WHERE a.aggfnoid = p.oid) END,
    'privileges', (CASE WHEN p.proacl @> acldefault('f', p.proowner) AND p.proacl <@ acldefault('f', p.proowner) THEN NULL ELSE p.proacl END)::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(p.proowner)::text END),
  'pg_proc/' || p.oid, NULL
FROM proc_rows p JOIN ns n ON n.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
