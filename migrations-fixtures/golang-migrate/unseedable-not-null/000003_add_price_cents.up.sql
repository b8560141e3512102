SET LOCAL lock_timeout = '5s';
-- the counter-example: a DEFAULT gives every row a value
ALTER TABLE prices ADD COLUMN cents int NOT NULL DEFAULT 0;
