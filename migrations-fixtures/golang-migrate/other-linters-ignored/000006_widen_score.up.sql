-- squawk-ignore-file changing-column-type
SET LOCAL lock_timeout = '5s';
ALTER TABLE accounts ALTER COLUMN score TYPE bigint;
