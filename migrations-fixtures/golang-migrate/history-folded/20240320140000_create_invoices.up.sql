CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL,
  total numeric(12, 2) NOT NULL
);
