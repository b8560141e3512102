SET LOCAL lock_timeout = '5s';
-- migration-guard:ignore destructiv-drop, * body moved to the notes service
ALTER TABLE notes DROP COLUMN body;
