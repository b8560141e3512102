SET LOCAL lock_timeout = '5s';
-- migration-guard:ignore destructive-drop nothing has written legacy since 000001
ALTER TABLE notes DROP COLUMN legacy;
