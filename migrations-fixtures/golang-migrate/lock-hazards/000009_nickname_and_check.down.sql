ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
ALTER TABLE customers DROP COLUMN nickname;
