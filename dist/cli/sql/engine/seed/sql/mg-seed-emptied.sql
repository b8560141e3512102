-- The tables seeding filled that still exist ($1: their oids), with every table whose foreign key reaches one of them
-- (TRUNCATE takes those along or refuses): name, whether seeding filled it, and whether code of the migrations' own
-- runs on inserts or TRUNCATE there (a trigger, tgtype bits 4 and 32, or a rule): it ran with the seeded rows and could
-- have written them elsewhere, or would run now.
WITH RECURSIVE seeded AS (
  SELECT c.oid FROM pg_catalog.pg_class c WHERE c.oid = ANY ($1::oid[])
), referencing (oid) AS (
  SELECT f.conrelid FROM pg_catalog.pg_constraint f WHERE f.contype = 'f' AND f.confrelid IN (SELECT oid FROM seeded)
  UNION
  SELECT f.conrelid FROM pg_catalog.pg_constraint f JOIN referencing r ON f.confrelid = r.oid WHERE f.contype = 'f'
), listed AS (
  SELECT oid, true AS seeded FROM seeded
  UNION ALL SELECT oid, false FROM referencing WHERE oid NOT IN (SELECT oid FROM seeded)
)
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS name, l.seeded, c.relkind::text AS kind,
       EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND (t.tgtype::integer & 36) <> 0)
         OR EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite w WHERE w.ev_class = c.oid AND w.rulename <> '_RETURN') AS code
FROM listed l
JOIN pg_catalog.pg_class c ON c.oid = l.oid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
ORDER BY 1
