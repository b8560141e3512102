ALTER TABLE products DROP COLUMN currency;
ALTER TABLE products DROP COLUMN price;
