SET LOCAL lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN note text;
ALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL REFERENCES customers (id);
