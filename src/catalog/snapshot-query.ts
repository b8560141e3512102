/**
 * One query over the catalogs, one row per user object:
 *   kind, name (qualified, quoted as PostgreSQL prints it), props (what a
 *   person would call its definition), ref and parent_ref (catalog/oid[/sub],
 *   only used to report a dropped table once rather than once per column).
 * OIDs never enter the comparison: a re-created object compares equal.
 * Excluded: system schemas, objects belonging to extensions (the extension is
 * listed instead), and golang-migrate's bookkeeping table ($1).
 * $2 says whether to include roles, which are cluster-wide: on a shared server
 * (url) other sessions may change them; owners are compared only with roles. $3 limits the rows to objects (refs
 * such as pg_class/16384) and their children; NULL means everything. Roles
 * and event triggers, which DDL event triggers never report, always come. migration-guard's own change tracking
 * (schema _migration_guard, event triggers _migration_guard_*) is not listed.
 */
export const SNAPSHOT_QUERY = /* sql */ `
WITH
scope AS (SELECT split_part(r, '/', 1) AS cat, split_part(r, '/', 2)::oid AS oid FROM unnest($3::text[]) r),
ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND nspname !~ '^pg_toast' AND nspname !~ '^pg_temp_'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = pg_namespace.oid AND d.deptype = 'e')
),
rel AS (
  SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS qname,
    CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'table' WHEN c.relkind = 'v' THEN 'view' WHEN c.relkind = 'm' THEN 'materialized view'
         WHEN c.relkind IN ('i', 'I') THEN 'index' WHEN c.relkind = 'S' THEN 'sequence' ELSE 'relation' END AS kind,
    'pg_class/' || c.oid AS ref
  FROM (
    SELECT * FROM pg_class WHERE $3::text[] IS NULL
    UNION ALL
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
  ) c JOIN ns n ON n.oid = c.relnamespace
  WHERE c.oid IS DISTINCT FROM to_regclass($1)::oid
    AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
)
SELECT 'schema' AS kind, quote_ident(n.nspname) AS name,
  jsonb_build_object('privileges', n.nspacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(n.nspowner)::text END) AS props,
  'pg_namespace/' || n.oid AS ref, NULL AS parent_ref
FROM pg_namespace n JOIN ns USING (oid)
WHERE $3::text[] IS NULL

UNION ALL
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
    'privileges', c.relacl::text,
    'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, (SELECT 'pg_class/' || i.inhparent FROM pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition)
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.kind = 'table'

UNION ALL
SELECT 'column', r.qname || '.' || quote_ident(a.attname), jsonb_build_object(
    'type', format_type(a.atttypid, a.atttypmod),
    'not null', a.attnotnull,
    'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
    'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) || CASE a.attgenerated WHEN 's' THEN ' stored' ELSE ' virtual' END END,
    'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
    'collation', CASE WHEN a.attcollation <> t.typcollation THEN
      (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
    'privileges', a.attacl::text,
    'storage', CASE WHEN a.attstorage <> t.typstorage THEN
      CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' WHEN 'x' THEN 'extended' END END,
    -- attcompression exists from PostgreSQL 14 on: read through to_jsonb so that the query runs on older servers too.
    'compression', CASE to_jsonb(a) ->> 'attcompression' WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
    -- The default is -1 up to PostgreSQL 16 and NULL from 17 on: both read as no value.
    'statistics target', NULLIF(a.attstattarget, -1)),
  r.ref || '/' || a.attnum, r.ref
FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE r.kind = 'table' AND a.attnum > 0 AND NOT a.attisdropped

UNION ALL
SELECT 'column order', r.qname,
  jsonb_build_object('columns', (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                 WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped)),
  r.ref || '/order', r.ref
FROM rel r WHERE r.kind = 'table'

UNION ALL
SELECT 'constraint', r.qname || '.' || quote_ident(con.conname),
  jsonb_build_object('definition', pg_get_constraintdef(con.oid)),
  'pg_constraint/' || con.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_constraint con WHERE con.conrelid = r.oid OFFSET 0) con

UNION ALL
SELECT 'index', ir.qname,
  jsonb_build_object('definition', pg_get_indexdef(i.indexrelid), 'valid', i.indisvalid, 'clustered', i.indisclustered),
  ir.ref, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_index i WHERE i.indrelid = r.oid OFFSET 0) i JOIN rel ir ON ir.oid = i.indexrelid
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))

UNION ALL
SELECT 'sequence', r.qname, jsonb_build_object(
    'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
    'min', s.seqmin::text, 'max', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle,
    'owned by', owner.col, 'privileges', c.relacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, owner.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_sequence s WHERE s.seqrelid = r.oid OFFSET 0) s JOIN pg_class c ON c.oid = r.oid
LEFT JOIN LATERAL (
  SELECT format('%s.%I', dr.qname, a.attname) AS col, dr.ref FROM pg_depend d JOIN rel dr ON dr.oid = d.refobjid
  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1
) owner ON true

UNION ALL
SELECT r.kind, r.qname, jsonb_build_object(
    'definition', pg_get_viewdef(r.oid, true), 'options', array_to_string(c.reloptions, ', '),
    'populated', CASE WHEN r.relkind = 'm' THEN c.relispopulated END, 'privileges', c.relacl::text,
    'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, NULL
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.relkind IN ('v', 'm')

UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
  format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
  jsonb_build_object(
    'definition', CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
      (SELECT format('sfunc %s, stype %s, finalfunc %s, initcond %s', a.aggtransfn, format_type(a.aggtranstype, NULL), a.aggfinalfn, a.agginitval)
       FROM pg_aggregate a WHERE a.aggfnoid = p.oid) END,
    'privileges', p.proacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(p.proowner)::text END),
  'pg_proc/' || p.oid, NULL
FROM (
  SELECT * FROM pg_proc WHERE $3::text[] IS NULL
  UNION ALL
  SELECT x.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM pg_proc x WHERE x.oid = s.oid OFFSET 0) x WHERE s.cat = 'pg_proc'
) p JOIN ns n ON n.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')

UNION ALL
SELECT 'trigger', r.qname || '.' || quote_ident(t.tgname),
  jsonb_build_object('definition', pg_get_triggerdef(t.oid, true), 'enabled', t.tgenabled),
  'pg_trigger/' || t.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_trigger t WHERE t.tgrelid = r.oid AND NOT t.tgisinternal OFFSET 0) t

UNION ALL
SELECT 'event trigger', quote_ident(e.evtname),
  jsonb_build_object('event', e.evtevent, 'function', e.evtfoid::regproc::text, 'enabled', e.evtenabled, 'tags', array_to_string(e.evttags, ', ')),
  'pg_event_trigger/' || e.oid, NULL
FROM pg_event_trigger e
WHERE e.evtname NOT LIKE '_migration_guard_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_event_trigger'::regclass AND x.objid = e.oid AND x.deptype = 'e')

UNION ALL
SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'type' END,
  format('%I.%I', n.nspname, t.typname),
  jsonb_build_object(
    'labels', CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
    'base type', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
    'not null', CASE WHEN t.typtype = 'd' THEN t.typnotnull END,
    'default', t.typdefault,
    'constraints', CASE WHEN t.typtype = 'd' THEN (SELECT string_agg(format('%I %s', c.conname, pg_get_constraintdef(c.oid)), ', ' ORDER BY c.conname)
                                                   FROM pg_constraint c WHERE c.contypid = t.oid) END,
    'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum)
                                                  FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END,
    'subtype', CASE WHEN t.typtype = 'r' THEN (SELECT format_type(rg.rngsubtype, NULL) FROM pg_range rg WHERE rg.rngtypid = t.oid) END,
    'privileges', t.typacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(t.typowner)::text END),
  'pg_type/' || t.oid, NULL
FROM (
  SELECT * FROM pg_type WHERE $3::text[] IS NULL
  UNION ALL
  SELECT x.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM pg_type x WHERE x.oid = s.oid OFFSET 0) x WHERE s.cat = 'pg_type'
) t JOIN ns n ON n.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'c', 'r', 'b') AND t.typcategory <> 'A'
  AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')

UNION ALL
SELECT 'extension', quote_ident(e.extname), jsonb_build_object('version', e.extversion, 'schema', e.extnamespace::regnamespace::text),
  'pg_extension/' || e.oid, NULL
FROM pg_extension e
WHERE $3::text[] IS NULL OR e.oid IN (SELECT oid FROM scope WHERE cat = 'pg_extension')

UNION ALL
SELECT 'policy', r.qname || '.' || quote_ident(p.polname), jsonb_build_object(
    'command', p.polcmd, 'permissive', p.polpermissive,
    'roles', (SELECT string_agg(x.name, ', ' ORDER BY x.name) FROM
               (SELECT CASE WHEN u = 0 THEN 'public' ELSE pg_get_userbyid(u)::text END AS name FROM unnest(p.polroles) u) x),
    'using', pg_get_expr(p.polqual, p.polrelid), 'with check', pg_get_expr(p.polwithcheck, p.polrelid)),
  'pg_policy/' || p.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_policy p WHERE p.polrelid = r.oid OFFSET 0) p

UNION ALL
SELECT 'rule', r.qname || '.' || quote_ident(ru.rulename),
  jsonb_build_object('definition', pg_get_ruledef(ru.oid, true), 'enabled', ru.ev_enabled),
  'pg_rewrite/' || ru.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_rewrite ru WHERE ru.ev_class = r.oid AND ru.rulename <> '_RETURN' OFFSET 0) ru

UNION ALL
SELECT 'statistics', format('%I.%I', n.nspname, s.stxname), jsonb_build_object('definition', pg_get_statisticsobjdef(s.oid)),
  'pg_statistic_ext/' || s.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_statistic_ext s WHERE s.stxrelid = r.oid OFFSET 0) s JOIN ns n ON n.oid = s.stxnamespace

UNION ALL
SELECT 'comment', io.type || ' ' || io.identity, jsonb_build_object('text', d.description),
  'pg_description/' || d.classoid || '/' || d.objoid || '/' || d.objsubid,
  CASE WHEN d.classoid = 'pg_class'::regclass THEN 'pg_class/' || d.objoid || CASE WHEN d.objsubid > 0 THEN '/' || d.objsubid ELSE '' END
       ELSE d.classoid::regclass::text || '/' || d.objoid END
FROM (
  SELECT * FROM pg_description WHERE $3::text[] IS NULL
  UNION ALL
  SELECT x.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM pg_description x WHERE x.objoid = s.oid AND x.classoid = s.cat::regclass OFFSET 0) x
) d CROSS JOIN LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) io
WHERE d.objoid >= 16384 AND d.objoid IS DISTINCT FROM to_regclass($1)::oid
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = d.classoid AND x.objid = d.objoid AND x.deptype = 'e')
  AND (io.schema IN (SELECT nspname FROM ns) OR (io.type = 'schema' AND io.identity IN (SELECT quote_ident(nspname) FROM ns))
       OR (io.schema IS NULL AND io.type NOT IN ('schema')))

UNION ALL
SELECT io.type, io.identity,
  jsonb_build_object('privileges', CASE WHEN o.cls = 'pg_default_acl'::regclass THEN (SELECT defaclacl::text FROM pg_default_acl WHERE oid = o.oid) END),
  o.cls::text || '/' || o.oid, NULL
FROM (
  SELECT 'pg_collation'::regclass AS cls, oid FROM pg_collation WHERE oid >= 16384
  UNION ALL SELECT 'pg_conversion'::regclass, oid FROM pg_conversion WHERE oid >= 16384
  UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator WHERE oid >= 16384
  UNION ALL SELECT 'pg_opclass'::regclass, oid FROM pg_opclass WHERE oid >= 16384
  UNION ALL SELECT 'pg_opfamily'::regclass, oid FROM pg_opfamily WHERE oid >= 16384
  UNION ALL SELECT 'pg_cast'::regclass, oid FROM pg_cast WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_config'::regclass, oid FROM pg_ts_config WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_dict'::regclass, oid FROM pg_ts_dict WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_parser'::regclass, oid FROM pg_ts_parser WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_template'::regclass, oid FROM pg_ts_template WHERE oid >= 16384
  UNION ALL SELECT 'pg_foreign_data_wrapper'::regclass, oid FROM pg_foreign_data_wrapper WHERE oid >= 16384
  UNION ALL SELECT 'pg_foreign_server'::regclass, oid FROM pg_foreign_server WHERE oid >= 16384
  UNION ALL SELECT 'pg_publication'::regclass, oid FROM pg_publication WHERE oid >= 16384
  UNION ALL SELECT 'pg_language'::regclass, oid FROM pg_language WHERE oid >= 16384
  UNION ALL SELECT 'pg_am'::regclass, oid FROM pg_am WHERE oid >= 16384
  UNION ALL SELECT 'pg_transform'::regclass, oid FROM pg_transform WHERE oid >= 16384
  UNION ALL SELECT 'pg_default_acl'::regclass, oid FROM pg_default_acl WHERE oid >= 16384
) o CROSS JOIN LATERAL pg_identify_object(o.cls, o.oid, 0) io
WHERE NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = o.cls AND x.objid = o.oid AND x.deptype = 'e')
  AND ($3::text[] IS NULL OR (o.oid, o.cls::oid) IN (SELECT oid, cat::regclass::oid FROM scope))

UNION ALL
SELECT 'role', quote_ident(r.rolname), jsonb_build_object(
    'superuser', r.rolsuper, 'inherit', r.rolinherit, 'create role', r.rolcreaterole, 'create db', r.rolcreatedb,
    'login', r.rolcanlogin, 'replication', r.rolreplication, 'bypass rls', r.rolbypassrls,
    'connection limit', r.rolconnlimit, 'valid until', r.rolvaliduntil::text,
    'member of', (SELECT string_agg(quote_ident(g.rolname), ', ' ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid),
    'settings', (SELECT array_to_string(s.setconfig, ', ') FROM pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = 0)),
  'pg_authid/' || r.oid, NULL
FROM pg_roles r WHERE $2 AND r.rolname !~ '^pg_'
`;

/** Rows of the kinds that DDL event triggers never report (global roles, event triggers): re-read after every step. */
export const ALWAYS_REREAD = ['role', 'event trigger'];

/** The same query for a scope that is never NULL, written so that the planner looks objects up by oid instead of scanning catalogs. */
export const SCOPED_SNAPSHOT_QUERY = SNAPSHOT_QUERY.replace(/\$3::text\[\] IS NULL OR /g, '').replace(
  /WHERE \$3::text\[\] IS NULL\n/g,
  'WHERE false\n',
);

/**
 * Which touched objects a part of the scoped query can return rows for: those of some catalogs (`pg_class/...` refs
 * and the like), any touched object, or always (kinds that DDL event triggers never report).
 */
export type PartScope = { catalogs: string[] } | 'any' | 'always';

/** A part of the scoped query: its branches that read the same scope, as one query with the shared CTEs. */
export interface ScopedPart {
  scope: PartScope;
  sql: string;
}

/**
 * The scoped query cut into parts by what each branch reads, so that a read runs only the parts whose catalogs the
 * steps touched: PostgreSQL initialises every node of a plan at each execution, and for the few objects a step touches
 * that start-up costs more than the lookups (the whole query's plan has several hundred nodes). Branches that return
 * nothing for the scope (schemas: a touched schema reads everything) are left out. The union of the parts' rows is the
 * whole scoped query's, as test/integration/tracked-snapshots.test.ts checks against full snapshots.
 */
export function scopedParts(): ScopedPart[] {
  const start = SCOPED_SNAPSHOT_QUERY.indexOf("\nSELECT 'schema'");
  const ctes = SCOPED_SNAPSHOT_QUERY.slice(0, start);
  const parts: ScopedPart[] = [];
  for (const branch of SCOPED_SNAPSHOT_QUERY.slice(start).split('\n\nUNION ALL\n')) {
    if (/\nWHERE false\s*$/.test(branch)) continue;
    const scope = scopeOfBranch(branch);
    const same = parts.find((p) => JSON.stringify(p.scope) === JSON.stringify(scope));
    if (same) same.sql += `\n\nUNION ALL\n${branch.trim()}`;
    else parts.push({ scope, sql: `${ctes}\n${branch.trim()}` });
  }
  return parts;
}

function scopeOfBranch(branch: string): PartScope {
  // The relations of the scope come through the rel CTE, which reads only pg_class refs.
  if (/\b(FROM|JOIN) rel \w+/.test(branch)) return { catalogs: ['pg_class'] };
  // Comments are looked up by (catalog, oid) of any touched object.
  if (/s\.cat::regclass/.test(branch)) return 'any';
  // Other objects: the catalogs they are listed from.
  if (/cat::regclass::oid FROM scope/.test(branch))
    return { catalogs: [...branch.matchAll(/'(pg_\w+)'::regclass(?: AS cls)?, oid FROM/g)].map((m) => m[1]) };
  const named = [...branch.matchAll(/cat = '(pg_\w+)'/g)].map((m) => m[1]);
  if (named.length) return { catalogs: [...new Set(named)] };
  if (/\bscope\b/.test(branch)) throw new Error('internal error: a branch of the snapshot query reads the scope in a way scopedParts does not know');
  return 'always';
}
