SET LOCAL lock_timeout = '5s';
UPDATE accounts SET region = 'eu' WHERE region IS NULL;
ALTER TABLE accounts ALTER COLUMN region SET NOT NULL;
