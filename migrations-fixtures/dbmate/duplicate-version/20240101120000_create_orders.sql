-- migrate:up
CREATE TABLE orders (id serial PRIMARY KEY, total numeric(10, 2) NOT NULL);

-- migrate:down
DROP TABLE orders;
