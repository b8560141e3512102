SET LOCAL lock_timeout = '5s';
ALTER TABLE customers DROP COLUMN legacy_code;
