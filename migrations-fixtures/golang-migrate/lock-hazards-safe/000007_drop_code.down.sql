ALTER TABLE customers ADD COLUMN code text;
