SET LOCAL lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN nickname text;
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
