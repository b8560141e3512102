ALTER TABLE accounts ADD COLUMN old_note text;
