SET LOCAL lock_timeout = '5s';
ALTER TABLE people ADD COLUMN display_name text;
UPDATE people SET display_name = full_name;
ALTER TABLE people DROP COLUMN full_name;
