-- Everything here happens to tables this file creates: nothing exists in production yet, so nothing is reported.
CREATE TABLE customers (id bigint PRIMARY KEY, name text, legacy_code text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total integer);
CREATE INDEX orders_customer_idx ON orders (customer_id);
ALTER TABLE orders ALTER COLUMN total TYPE bigint;
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
UPDATE orders SET total = 1;
ALTER TABLE customers RENAME COLUMN legacy_code TO code;
