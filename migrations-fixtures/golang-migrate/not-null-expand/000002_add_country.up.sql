SET LOCAL lock_timeout = '5s';
-- No migration says what the existing rows hold: no fix, a fix never invents data.
ALTER TABLE accounts ADD COLUMN country text NOT NULL;
