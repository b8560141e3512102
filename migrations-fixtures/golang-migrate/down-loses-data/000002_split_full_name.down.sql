-- Re-creates the column but forgets to copy the names back into it.
ALTER TABLE people ADD COLUMN full_name text;
ALTER TABLE people DROP COLUMN first_name, DROP COLUMN last_name;
