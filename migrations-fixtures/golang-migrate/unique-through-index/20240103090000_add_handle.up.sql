SET LOCAL lock_timeout = '5s';
-- The column is new in this file: an index built before it has no column to build on.
ALTER TABLE users ADD COLUMN handle text;
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);
