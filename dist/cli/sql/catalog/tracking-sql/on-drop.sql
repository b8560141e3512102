-- Notes the objects a DDL command dropped. SECURITY DEFINER: a file that switches role is still seen.
CREATE FUNCTION _migration_guard.on_drop() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN INSERT INTO _migration_guard.touched SELECT classid, objid FROM pg_event_trigger_dropped_objects(); END $$;
