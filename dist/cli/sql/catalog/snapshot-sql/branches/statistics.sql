-- Extended statistics objects.
-- scope: pg_class
SELECT 'statistics', format('%I.%I', n.nspname, s.stxname), jsonb_build_object('definition', pg_get_statisticsobjdef(s.oid)),
  'pg_statistic_ext/' || s.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_statistic_ext s WHERE s.stxrelid = r.oid OFFSET 0) s JOIN ns n ON n.oid = s.stxnamespace
