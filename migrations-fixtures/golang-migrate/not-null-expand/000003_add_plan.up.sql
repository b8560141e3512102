SET LOCAL lock_timeout = '5s';
-- Fails on the first existing row: the default comes one statement too late for them.
ALTER TABLE accounts ADD COLUMN plan text NOT NULL;
ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';
