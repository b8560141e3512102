-- The scope's relations, their indexes and the sequences they own, each looked up by oid (a scan would grow with the schema).
SELECT x.* FROM (
  SELECT oid FROM scope WHERE cat = 'pg_class'
  UNION SELECT i.indexrelid FROM scope s CROSS JOIN LATERAL (SELECT indexrelid FROM pg_index i WHERE i.indrelid = s.oid OFFSET 0) i
    WHERE s.cat = 'pg_class'
  UNION SELECT d.objid FROM scope s CROSS JOIN LATERAL (
      SELECT objid FROM pg_depend d WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = s.oid
        AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') OFFSET 0) d
    WHERE s.cat = 'pg_class'
) k CROSS JOIN LATERAL (SELECT * FROM pg_class x WHERE x.oid = k.oid OFFSET 0) x
