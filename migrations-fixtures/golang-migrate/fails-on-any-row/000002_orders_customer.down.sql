ALTER TABLE orders DROP COLUMN customer_id;
ALTER TABLE customers DROP COLUMN note;
