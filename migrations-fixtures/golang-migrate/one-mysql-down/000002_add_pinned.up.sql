SET LOCAL lock_timeout = '5s';
ALTER TABLE notes ADD COLUMN pinned boolean NOT NULL DEFAULT false;
