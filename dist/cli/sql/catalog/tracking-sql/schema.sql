-- Where the event triggers note what DDL touched: an unlogged table in migration-guard's own schema (never listed by
-- the snapshot query). Inserting a few rows cannot make a migration fail.
CREATE SCHEMA _migration_guard;
CREATE UNLOGGED TABLE _migration_guard.touched (classid oid, objid oid);
