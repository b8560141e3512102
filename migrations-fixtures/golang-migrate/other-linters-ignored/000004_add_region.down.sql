ALTER TABLE accounts DROP COLUMN region;
