SET LOCAL lock_timeout = '5s';
UPDATE accounts SET email = '' WHERE email IS NULL;
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
