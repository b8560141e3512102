ALTER TABLE accounts RENAME COLUMN area TO region;
