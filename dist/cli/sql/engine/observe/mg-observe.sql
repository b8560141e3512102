-- The whole analysis pass of a section in one round trip (pass-function.ts calls it): a function in the session's
-- temporary schema (invisible to snapshots, gone with the session) that resolves the names the statements use,
-- EXECUTEs the statements one by one with a probe after each (cached plans, no round trip), rolls everything back by
-- raising and catching its own error, and only then names the relations it saw: after the rollback the catalog is the
-- one from before the file, so a relation found there existed before (dropped or renamed ones included, under their
-- old names).
--
-- Seeded rows are hidden as the run without them has them: first (`always`), or, for statements whose observation
-- rows can change only by making them fail, in a second attempt when the first one fails (`on-failure`).
-- An attempt that hides rows empties first only the tables the statements name (`near`): emptying every table costs
-- a delete and a lock per table, which grows with the schema. That attempt counts only if the statements locked no
-- other table holding rows (reading or writing a table's rows takes a lock on it, kept to the end of the
-- transaction) and did not fail (a failed statement's locks are gone with it); otherwise it is made again with every
-- table emptied, as before. It is tried only where emptying every table would have worked at the first try (no
-- table holding rows has delete triggers or rules or refuses us DELETE), so both end with the same tables empty, and
-- where no other table holding rows references the named ones (their foreign keys would refuse the delete; turning
-- them off with session_replication_role empties the session's plan cache, which costs more than emptying every table).
--
-- A probe reads only what this backend holds locked: a relation's data file cannot be replaced without a lock that
-- blocks writes, nor a table scanned without some lock, and both last until the end of the transaction. So the
-- relfilenodes of relations under a blocking lock (and of their indexes), and the scan counters of locked relations,
-- are all that can have changed. Scan counters may carry counts of earlier transactions: the function returns only
-- differences from the previous probe.
CREATE OR REPLACE FUNCTION pg_temp.mg_observe(stmts text[], refs text[], version_table text, hide_rows text, want_created boolean)
RETURNS json LANGUAGE plpgsql AS $mg$
DECLARE
  vt oid := pg_catalog.to_regclass(version_table);
  r_refs json; r_failed json; r_created json; r_rels json;
  sc jsonb; changed jsonb; -- scan counters as last read, per relation oid
  r_probes json[] := '{}';
  seen oid[] := '{}';
  before_all oid[];
  deletes text; separate text; triggered boolean;
  p json; more oid[];
  cur int;
  hide boolean := hide_rows = 'always';
  near oid[] := ARRAY(SELECT c.oid FROM pg_catalog.unnest(refs) AS q(name) JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name));
  scoped boolean; -- this attempt empties the `near` tables only
  everything boolean := false; -- a scoped attempt did not count: empty every table
  outside oid[]; unsure boolean; unprivileged boolean; referenced boolean; near_deletes text;
BEGIN
  SELECT pg_catalog.json_agg(pg_catalog.json_build_array(q.name, c.oid::bigint,
           CASE WHEN c.oid IS NOT NULL THEN pg_catalog.format('%I.%I', n.nspname, c.relname) END,
           c.relkind IN ('r', 'p', 'm', 'i', 'I') AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard')
           AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' AND c.oid IS DISTINCT FROM vt))
    INTO r_refs
    FROM pg_catalog.unnest(refs) AS q(name)
    LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)
    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace;
  IF want_created THEN
    SELECT COALESCE(pg_catalog.array_agg(c.oid), '{}') INTO before_all
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I');
  END IF;
  -- A second attempt, with the rows hidden, when the first one (rows left in place) failed.
  WHILE stmts IS NOT NULL LOOP
    r_probes := '{}'; seen := '{}'; r_failed := NULL; r_created := NULL; cur := 0; unsure := false;
    BEGIN
      -- Tables holding rows, to be emptied as the run without seeded rows has them, and whether deleting fires user code.
      SELECT COALESCE(pg_catalog.jsonb_object_agg(c.oid::text, s.n) FILTER (WHERE s.n > 0), '{}'),
             pg_catalog.string_agg(pg_catalog.format('d%s AS (DELETE FROM ONLY %I.%I)', c.oid, n.nspname, c.relname), ', ') FILTER (WHERE r.rows),
             pg_catalog.string_agg(pg_catalog.format('DELETE FROM ONLY %I.%I', n.nspname, c.relname), '; ') FILTER (WHERE r.rows),
             COALESCE(pg_catalog.bool_or(r.rows AND (c.relhasrules OR (c.relhastriggers AND EXISTS (
               SELECT FROM pg_catalog.pg_trigger g WHERE g.tgrelid = c.oid AND NOT g.tgisinternal AND g.tgenabled <> 'D' AND (g.tgtype::int & 8) <> 0)))), false),
             COALESCE(pg_catalog.bool_or(f.filled AND NOT r.rows), false),
             pg_catalog.string_agg(pg_catalog.format('d%s AS (DELETE FROM ONLY %I.%I)', c.oid, n.nspname, c.relname), ', ') FILTER (WHERE r.rows AND c.oid = ANY (near)),
             COALESCE(pg_catalog.array_agg(c.oid) FILTER (WHERE r.rows AND c.oid <> ALL (near)), '{}'),
             COALESCE(pg_catalog.bool_or(r.rows AND c.oid <> ALL (near) AND EXISTS (
               SELECT FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid = ANY (near))), false)
        INTO sc, deletes, separate, triggered, unprivileged, near_deletes, outside, referenced
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace,
             LATERAL (SELECT pg_catalog.pg_stat_get_xact_numscans(c.oid) AS n) s,
             LATERAL (SELECT hide AND c.relkind = 'r' AND pg_catalog.pg_relation_size(c.oid) > 0 AS filled) f,
             LATERAL (SELECT f.filled AND pg_catalog.has_table_privilege(c.oid, 'DELETE') AS rows) r
       WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard')
         AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' AND c.oid IS DISTINCT FROM vt
         AND (s.n > 0 OR hide);
      scoped := hide AND NOT everything AND deletes IS NOT NULL AND NOT triggered AND NOT unprivileged AND NOT referenced;
      IF scoped AND near_deletes IS NOT NULL THEN
        BEGIN
          EXECUTE 'WITH ' || near_deletes || ' SELECT 1';
        EXCEPTION WHEN others THEN
          unsure := true; -- every table in the next attempt
        END;
      END IF;
      IF scoped THEN
        deletes := NULL;
      END IF;
      IF deletes IS NOT NULL THEN
        -- One statement deleting from every table: foreign keys are checked at its end, when the referencing rows are gone
        -- too, whatever the order. Not session_replication_role, unless user triggers or rules would run on delete:
        -- changing it empties the session's plan cache, which the catalog reads after the pass would pay for.
        -- Where all fails (a trigger refusing deletes, no right to set the role) the rows stay.
        IF NOT triggered THEN
          BEGIN
            EXECUTE 'WITH ' || deletes || ' SELECT 1';
            deletes := NULL;
          EXCEPTION WHEN others THEN NULL;
          END;
        END IF;
        IF deletes IS NOT NULL THEN
          BEGIN
            PERFORM pg_catalog.set_config('session_replication_role', 'replica', true);
            EXECUTE separate;
            PERFORM pg_catalog.set_config('session_replication_role', 'origin', true);
            deletes := NULL;
          EXCEPTION WHEN others THEN NULL;
          END;
        END IF;
        IF deletes IS NOT NULL AND triggered THEN
          BEGIN
            EXECUTE 'WITH ' || deletes || ' SELECT 1';
          EXCEPTION WHEN others THEN NULL;
          END;
        END IF;
      END IF;
      BEGIN
        IF unsure THEN
          RAISE SQLSTATE 'MGOB2'; -- straight to the next attempt
        END IF;
        FOR i IN 0 .. COALESCE(pg_catalog.array_length(stmts, 1), 0) LOOP
          cur := i;
          IF i > 0 THEN
            EXECUTE stmts[i];
          END IF;
          WITH held AS (
            SELECT l.relation, l.mode FROM pg_catalog.pg_locks l
             WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation >= 16384
          ), strong AS (
            SELECT relation, mode FROM held WHERE mode IN ('ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')
          ), filed AS (
            SELECT relation AS oid FROM strong
            UNION SELECT x.indexrelid FROM pg_catalog.pg_index x WHERE x.indrelid IN (SELECT relation FROM strong)
          ), counted AS (
            SELECT t.oid, t.n, t.n - COALESCE((sc OPERATOR(pg_catalog.->>) t.oid::text)::bigint, 0) AS d
              FROM (SELECT DISTINCT relation AS oid, pg_catalog.pg_stat_get_xact_numscans(relation) AS n FROM held) t
          )
          SELECT pg_catalog.json_build_object(
                   'l', (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(relation::bigint, mode)) FROM strong),
                   'f', (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(c.oid::bigint, c.relfilenode::bigint))
                           FROM pg_catalog.pg_class c WHERE c.oid IN (SELECT oid FROM filed)),
                   's', (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(oid::bigint, d)) FROM counted WHERE d <> 0)),
                 (SELECT pg_catalog.jsonb_object_agg(oid::text, n) FROM counted WHERE d <> 0),
                 ARRAY(SELECT oid FROM filed UNION SELECT oid FROM counted WHERE d <> 0)
            INTO p, changed, more;
          sc := sc OPERATOR(pg_catalog.||) COALESCE(changed, '{}');
          r_probes := r_probes || p;
          seen := seen || more;
        END LOOP;
        -- Rows left in a table the statements locked (directly, or through one of its indexes) may have mattered.
        IF scoped THEN
          unsure := EXISTS (
            SELECT FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = l.relation
             WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND COALESCE(x.indrelid, l.relation) = ANY (outside));
        END IF;
        IF want_created THEN
          SELECT pg_catalog.json_agg(pg_catalog.format('%I.%I', n.nspname, c.relname)) INTO r_created
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I') AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard')
             AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' AND c.oid IS DISTINCT FROM vt AND c.oid <> ALL (before_all);
        END IF;
      EXCEPTION
        WHEN SQLSTATE 'MGOB2' THEN NULL;
        WHEN query_canceled THEN
          r_failed := pg_catalog.json_build_object('at', cur, 'message', SQLERRM);
          hide := true; -- out of time: no second attempt
          unsure := false;
        WHEN others THEN
          r_failed := pg_catalog.json_build_object('at', cur, 'message', SQLERRM);
          unsure := scoped; -- what the failed statement locked is no longer in pg_locks
      END;
      RAISE SQLSTATE 'MGOB1';
    EXCEPTION WHEN SQLSTATE 'MGOB1' THEN NULL; -- everything the attempt did is rolled back here
    END;
    IF unsure THEN
      everything := true; -- again, with every table emptied
      CONTINUE;
    END IF;
    EXIT WHEN r_failed IS NULL OR hide OR hide_rows <> 'on-failure';
    hide := true;
  END LOOP;
  SELECT pg_catalog.json_agg(pg_catalog.json_build_array(c.oid::bigint, pg_catalog.format('%I.%I', n.nspname, c.relname), c.relkind::text, c.relfilenode::bigint))
    INTO r_rels
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE c.oid = ANY (seen) AND c.relkind IN ('r', 'p', 'm', 'i', 'I') AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard')
     AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' AND c.oid IS DISTINCT FROM vt;
  RETURN pg_catalog.json_build_object('refs', r_refs, 'hidden', hide, 'probes', pg_catalog.array_to_json(r_probes), 'failed', r_failed,
                                      'rels', r_rels, 'created', r_created);
END $mg$;
