ALTER TABLE orders ALTER COLUMN total DROP NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_total_not_null;
ALTER TABLE orders ADD CONSTRAINT orders_total_not_null CHECK (total IS NOT NULL) NOT VALID;
