ALTER TABLE notes ADD COLUMN legacy text;
