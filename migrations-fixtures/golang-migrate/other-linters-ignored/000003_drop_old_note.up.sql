SET LOCAL lock_timeout = '5s';
-- the counter-example: PG110 (column alignment) is not the drop's hazard
-- atlas:nolint PG110
ALTER TABLE accounts DROP COLUMN old_note;
