ALTER TABLE orders DROP CONSTRAINT orders_coupon_fk;
ALTER TABLE customers DROP COLUMN tier;
