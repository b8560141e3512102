BEGIN;
SET LOCAL lock_timeout = '5s';
-- varchar to text keeps the table file: no rewrite
ALTER TABLE ledger ALTER COLUMN memo TYPE text;
COMMIT;
