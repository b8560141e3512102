-- Copies the values back: first and last name joined as they were split.
ALTER TABLE people ADD COLUMN full_name text;
UPDATE people SET full_name = first_name || CASE WHEN last_name = '' THEN '' ELSE ' ' || last_name END;
ALTER TABLE people ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE people DROP COLUMN first_name, DROP COLUMN last_name;
