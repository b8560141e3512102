SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_total_range CHECK (total IS NULL OR total > -2147483648);
