-- the counter-example: the up copied the names aside, the down does not copy them back
ALTER TABLE people ADD COLUMN full_name text;
ALTER TABLE people DROP COLUMN display_name;
