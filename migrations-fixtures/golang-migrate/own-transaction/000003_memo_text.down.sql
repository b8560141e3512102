BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE ledger ALTER COLUMN memo TYPE varchar(40);
COMMIT;
