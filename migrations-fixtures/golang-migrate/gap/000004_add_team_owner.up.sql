ALTER TABLE teams ADD COLUMN owner text;
