SET LOCAL lock_timeout = '5s';
-- A volatile default is evaluated for every existing row: the whole table is rewritten under ACCESS EXCLUSIVE.
ALTER TABLE accounts ADD COLUMN api_token uuid NOT NULL DEFAULT gen_random_uuid();
