SET LOCAL lock_timeout = '5s';
-- atlas:nolint DS103
ALTER TABLE accounts DROP COLUMN legacy_code;
