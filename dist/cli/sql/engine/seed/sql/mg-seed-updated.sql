-- The tables the UPDATEs and DELETEs of a step wrote ($1: names as written, quoted; $2: whether a DELETE wrote it), in
-- order, as the session's search_path finds them: oid, qualified name, and whether code of the migrations ran with them
-- on that statement's event: a trigger or rule on the table for it, a foreign key whose ON UPDATE (ON DELETE) action
-- writes the tables referencing it. An UPDATE of a table whose children go with a deleted row runs no code.
SELECT c.oid::bigint AS oid, pg_catalog.format('%I.%I', n.nspname, c.relname) AS name,
       EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal
                 AND (t.tgtype::int & CASE WHEN q.deleted THEN 8 ELSE 16 END) <> 0)
         OR EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite w WHERE w.ev_class = c.oid AND w.rulename <> '_RETURN'
                      AND w.ev_type = CASE WHEN q.deleted THEN '4' ELSE '2' END)
         OR EXISTS (SELECT 1 FROM pg_catalog.pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.oid
                      AND CASE WHEN q.deleted THEN f.confdeltype ELSE f.confupdtype END IN ('c', 'n', 'd'))
         AS code
FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS q(name, deleted, position)
LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
ORDER BY q.position
