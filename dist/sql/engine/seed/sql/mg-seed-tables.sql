-- The existing tables a migration names ($1 schemas, NULL where the name is unqualified, $2 names; partitions as their root table), or every user table when the names are
-- unknown ($3), plus the tables their foreign keys point to, transitively. Never the version table ($4),
-- migration-guard's own schema, system or extension tables. $5 false: the named tables only, without their parents: a
-- long chain of foreign keys makes the closure large, and the parents matter only when a table must be seeded. $6: the
-- tables whose details the caller has already (none of their columns, keys).
--
-- A function, so that its plan is made once per session instead of at every call (a custom plan per call cost more
-- than running it), generic, led by the catalogs' oid indexes (as changes() in catalog/tracking-sql does for the same
-- reason: estimates made on small catalogs go wrong as they grow), and without JIT, whose made-up costs for the
-- disabled paths would compile the plan at every call.
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_tables(text[], text[], boolean, text, boolean, int8[])
RETURNS TABLE (oid int8, name text, touched boolean, detailed boolean, columns json, primary_key json, foreign_keys json)
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $mg$
#variable_conflict use_column
BEGIN
  RETURN QUERY
WITH RECURSIVE
named AS (
  SELECT coalesce(pg_partition_root(r), r) AS oid FROM (
    SELECT to_regclass(CASE WHEN x.s IS NULL THEN quote_ident(x.n) ELSE quote_ident(x.s) || '.' || quote_ident(x.n) END)::oid AS r
    FROM unnest($1::text[], $2::text[]) AS x(s, n)) y
  WHERE r IS NOT NULL
  UNION SELECT oid FROM pg_class WHERE $3 AND relkind IN ('r', 'p') AND NOT relispartition
),
closure(oid, touched) AS (
  SELECT oid, true FROM named
  -- OFFSET 0 keeps the index scan per table: as a join, the generic plan scanned the whole pg_constraint once per level.
  UNION SELECT coalesce(pg_partition_root(f.confrelid), f.confrelid), false
  FROM closure, LATERAL (SELECT con.confrelid FROM pg_constraint con WHERE con.conrelid = closure.oid AND con.contype = 'f' OFFSET 0) f
  WHERE $5
),
tables AS (SELECT oid, bool_or(touched) AS touched FROM closure GROUP BY oid)
SELECT c.oid::int8 AS oid, format('%I.%I', n.nspname, c.relname) AS name, tables.touched, $5 OR tables.touched AS detailed,
  CASE WHEN ($5 OR tables.touched) AND NOT c.oid::int8 = ANY ($6) THEN (SELECT coalesce(json_agg(json_build_object(
      'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'typeOid', a.atttypid::int8, 'notNull', a.attnotnull,
      'auto', a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false),
      'unique', EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique AND a.attnum = ANY (i.indkey)))
    ORDER BY a.attnum), '[]')
   FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS columns,
  CASE WHEN ($5 OR tables.touched) AND NOT c.oid::int8 = ANY ($6) THEN (SELECT coalesce(json_agg(a.attname ORDER BY a.attnum), '[]') FROM pg_index i
   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indrelid = c.oid AND i.indisprimary) END AS primary_key,
  CASE WHEN ($5 OR tables.touched) AND NOT c.oid::int8 = ANY ($6) THEN (SELECT coalesce(json_agg(json_build_object(
      'columns', (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num),
      'parent', format('%I.%I', pn.nspname, pc.relname), 'parentOid', coalesce(pg_partition_root(con.confrelid), con.confrelid)::int8,
      'parentColumns', (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num))), '[]')
   FROM pg_constraint con JOIN pg_class pc ON pc.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
   WHERE con.conrelid = c.oid AND con.contype = 'f' AND con.conparentid = 0) END AS foreign_keys
FROM tables JOIN pg_class c ON c.oid = tables.oid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND n.nspname !~ '^pg_(toast|temp_)'
  AND c.oid IS DISTINCT FROM to_regclass($4)::oid
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 2;
END $mg$;
