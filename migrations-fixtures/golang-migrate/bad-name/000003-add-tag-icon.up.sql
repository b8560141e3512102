ALTER TABLE tags ADD COLUMN icon text;
