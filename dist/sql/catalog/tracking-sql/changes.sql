-- One round trip per step: what was touched, widened, then those objects' rows (or a request to read everything).
-- A function, so that its plans are made once per session; the snapshot query inside it, so that no second function
-- call copies the rows once more. $1 and $2 are the snapshot query's (the bookkeeping table, whether to list roles).
--
-- Plans made once per session (planning the big query takes longer than running it on a few objects) that stay
-- cheap however the catalogs grow: the generic plan is made early, on small catalogs, or again at any moment
-- (ANALYZE of a catalog, a plan cache reset), and costs made on a few hundred rows pick hash joins over seq scans,
-- or a merge join over all of pg_depend, whose cost then grows with every migration. A read is about a handful of
-- objects: looking each up by oid through the catalog's index is right at any size. The disabled paths' made-up costs
-- would pass jit_above_cost: compiling the plan takes far longer than running it.
CREATE FUNCTION _migration_guard.changes(text, boolean)
RETURNS TABLE (kind text, name text, props jsonb, ref text, parent_ref text)
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off SET jit = off
AS $mg_changes$
#variable_conflict use_column
DECLARE
  read_all boolean;
  touched_refs text[];
  cats text[];
BEGIN
  -- Takes what the last steps touched off the table and widens it to every object whose snapshot rows may show it:
  -- objects depending on a touched one (a view on a renamed table, a column of a renamed type), mapped to the table or
  -- type that owns their rows. Anything without an object id (GRANT, REVOKE, ALTER DEFAULT PRIVILEGES) or a schema
  -- change (which renames all its objects) asks for a full re-read, as does a file that disabled the tracking.
  WITH gone AS (DELETE FROM _migration_guard.touched RETURNING classid, objid),
  t AS (SELECT DISTINCT classid, objid FROM gone WHERE classid IS NOT NULL AND objid IS NOT NULL),
  dep AS (
    SELECT DISTINCT d.classid, d.objid FROM t CROSS JOIN LATERAL (
      SELECT classid, objid FROM pg_depend d WHERE d.refclassid = t.classid AND d.refobjid = t.objid OFFSET 0) d
  ),
  objs AS (SELECT classid, objid FROM t UNION SELECT classid, objid FROM dep),
  -- Each object's owner looked up by oid (LATERAL ... OFFSET 0 keeps the planner from scanning the catalog instead).
  owners AS (
    SELECT classid, objid FROM objs
    UNION SELECT 'pg_class'::regclass, x.ev_class FROM objs o CROSS JOIN LATERAL (SELECT ev_class FROM pg_rewrite r WHERE r.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_rewrite'::regclass
    UNION SELECT 'pg_class'::regclass, x.adrelid FROM objs o CROSS JOIN LATERAL (SELECT adrelid FROM pg_attrdef a WHERE a.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_attrdef'::regclass
    UNION SELECT 'pg_class'::regclass, x.conrelid FROM objs o CROSS JOIN LATERAL (SELECT conrelid FROM pg_constraint c WHERE c.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_constraint'::regclass AND x.conrelid <> 0
    UNION SELECT 'pg_type'::regclass, x.contypid FROM objs o CROSS JOIN LATERAL (SELECT contypid FROM pg_constraint c WHERE c.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_constraint'::regclass AND x.contypid <> 0
    UNION SELECT 'pg_class'::regclass, x.tgrelid FROM objs o CROSS JOIN LATERAL (SELECT tgrelid FROM pg_trigger tg WHERE tg.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_trigger'::regclass
    UNION SELECT 'pg_class'::regclass, x.polrelid FROM objs o CROSS JOIN LATERAL (SELECT polrelid FROM pg_policy p WHERE p.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_policy'::regclass
    UNION SELECT 'pg_class'::regclass, x.stxrelid FROM objs o CROSS JOIN LATERAL (SELECT stxrelid FROM pg_statistic_ext s WHERE s.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_statistic_ext'::regclass
    UNION SELECT 'pg_class'::regclass, x.indrelid FROM objs o CROSS JOIN LATERAL (SELECT indrelid FROM pg_index i WHERE i.indexrelid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_class'::regclass
    UNION SELECT 'pg_class'::regclass, x.typrelid FROM objs o CROSS JOIN LATERAL (SELECT typrelid FROM pg_type ty WHERE ty.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_type'::regclass AND x.typrelid <> 0
    UNION SELECT 'pg_type'::regclass, x.reltype FROM objs o CROSS JOIN LATERAL (SELECT reltype FROM pg_class c WHERE c.oid = o.objid OFFSET 0) x
      WHERE o.classid = 'pg_class'::regclass AND x.reltype <> 0
  )
  SELECT
    EXISTS (SELECT 1 FROM gone WHERE classid IS NULL OR objid IS NULL OR classid IN ('pg_namespace'::regclass, 'pg_default_acl'::regclass))
      OR (SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE '\_migration\_guard\_%' AND evtenabled = 'A') <> 2 AS everything,
    COALESCE((SELECT array_agg(DISTINCT classid::regclass::text || '/' || objid) FROM owners), '{}') AS refs
    INTO read_all, touched_refs;
  -- The first row says what follows (catalog-tracker.ts reads it): read everything, or the touched objects' refs.
  IF read_all THEN
    RETURN QUERY SELECT '_migration_guard: read everything'::text, NULL::text, NULL::jsonb, NULL::text, NULL::text;
    RETURN;
  END IF;
  RETURN QUERY SELECT '_migration_guard: scope'::text, NULL::text, to_jsonb(touched_refs), NULL::text, NULL::text;
  cats := ARRAY(SELECT DISTINCT split_part(r, '/', 1) FROM unnest(touched_refs) r);
  -- The parts of the scoped snapshot query (scopedParts in snapshot-query.ts), each run only when the steps touched
  -- what it reads, are composed in here by catalog-tracker.ts:
  -- scoped parts
END $mg_changes$;
