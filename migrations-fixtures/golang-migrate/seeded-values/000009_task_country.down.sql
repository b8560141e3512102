SET LOCAL lock_timeout = '5s';
ALTER TABLE tasks DROP COLUMN country;
