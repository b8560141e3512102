-- The tables the UPDATEs and DELETEs of a step wrote ($1: names as written, quoted), in order, as the session's
-- search_path finds them: oid, qualified name, and whether code of the migrations ran with them (a trigger or rule on
-- the table, a foreign key whose ON UPDATE or ON DELETE action writes the tables referencing it).
SELECT c.oid::bigint AS oid, pg_catalog.format('%I.%I', n.nspname, c.relname) AS name,
       EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal)
         OR EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite w WHERE w.ev_class = c.oid AND w.rulename <> '_RETURN')
         OR EXISTS (SELECT 1 FROM pg_catalog.pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.oid AND (f.confupdtype IN ('c', 'n', 'd') OR f.confdeltype IN ('c', 'n', 'd')))
         AS code
FROM unnest($1::text[]) WITH ORDINALITY AS q(name, position)
LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
ORDER BY q.position
