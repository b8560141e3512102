ALTER TABLE orders ALTER COLUMN total TYPE integer;
