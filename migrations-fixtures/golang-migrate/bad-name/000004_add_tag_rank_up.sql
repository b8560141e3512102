ALTER TABLE tags ADD COLUMN rank int;
