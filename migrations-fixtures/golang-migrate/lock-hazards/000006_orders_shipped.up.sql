SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN shipped boolean;
UPDATE orders SET shipped = false;
