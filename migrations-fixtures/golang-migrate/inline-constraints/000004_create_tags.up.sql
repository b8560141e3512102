CREATE TABLE tags (
  id int PRIMARY KEY
);
-- a table this file creates holds no rows yet: nothing to scan
ALTER TABLE tags ADD COLUMN label text UNIQUE;
