-- Comments on any listed object.
-- scope: any
SELECT 'comment', io.type || ' ' || io.identity, jsonb_build_object('text', d.description),
  'pg_description/' || d.classoid || '/' || d.objoid || '/' || d.objsubid,
  CASE WHEN d.classoid = 'pg_class'::regclass THEN 'pg_class/' || d.objoid || CASE WHEN d.objsubid > 0 THEN '/' || d.objsubid ELSE '' END
       ELSE d.classoid::regclass::text || '/' || d.objoid END
FROM description_rows d CROSS JOIN LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) io
WHERE d.objoid >= 16384 AND d.objoid IS DISTINCT FROM to_regclass($1)::oid
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = d.classoid AND x.objid = d.objoid AND x.deptype = 'e')
  AND (io.schema IN (SELECT nspname FROM ns) OR (io.type = 'schema' AND io.identity IN (SELECT quote_ident(nspname) FROM ns))
       OR (io.schema IS NULL AND io.type NOT IN ('schema')))
