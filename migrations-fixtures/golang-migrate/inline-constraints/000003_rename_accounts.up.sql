SET LOCAL lock_timeout = '5s';
ALTER TABLE accounts RENAME TO members;
-- members is accounts: an existing table, scanned for the NOT NULL
ALTER TABLE members ALTER COLUMN name SET NOT NULL;
