-- migrate:up
SET LOCAL lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN due_on date;

-- migrate-down
ALTER TABLE invoices DROP COLUMN due_on;
