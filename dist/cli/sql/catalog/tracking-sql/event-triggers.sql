-- ENABLE ALWAYS: a file that sets session_replication_role is still seen.
CREATE EVENT TRIGGER _migration_guard_ddl ON ddl_command_end EXECUTE FUNCTION _migration_guard.on_ddl();
CREATE EVENT TRIGGER _migration_guard_drop ON sql_drop EXECUTE FUNCTION _migration_guard.on_drop();
ALTER EVENT TRIGGER _migration_guard_ddl ENABLE ALWAYS;
ALTER EVENT TRIGGER _migration_guard_drop ENABLE ALWAYS;
