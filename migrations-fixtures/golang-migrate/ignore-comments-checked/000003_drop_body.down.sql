ALTER TABLE notes ADD COLUMN body text;
