-- migrate:up
CREATE TABLE invoices (id serial PRIMARY KEY);

-- migrate:down
DROP TABLE invoices;
