BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE ledger ALTER COLUMN amount TYPE bigint;
COMMIT;
