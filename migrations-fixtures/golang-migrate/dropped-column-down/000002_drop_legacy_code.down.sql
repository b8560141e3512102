ALTER TABLE customers ADD COLUMN legacy_code text;
