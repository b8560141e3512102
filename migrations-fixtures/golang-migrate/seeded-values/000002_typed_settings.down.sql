SET LOCAL lock_timeout = '5s';
ALTER TABLE projects ALTER COLUMN settings TYPE text, ALTER COLUMN external_id TYPE text;
