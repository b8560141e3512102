SET LOCAL lock_timeout = '5s';
ALTER TABLE notes DROP COLUMN pinned;
ALTER TABLE events DROP COLUMN kind;
