-- the counter-example: a foreign key on a column the rows already fill is checked against them, under lock
SET LOCAL lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN tier text;
ALTER TABLE orders ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id);
