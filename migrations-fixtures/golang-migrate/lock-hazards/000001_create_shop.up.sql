CREATE TABLE customers (id bigint PRIMARY KEY, name text, legacy_code text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total integer, note text);
