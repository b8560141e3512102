SET LOCAL lock_timeout = '5s';
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));
