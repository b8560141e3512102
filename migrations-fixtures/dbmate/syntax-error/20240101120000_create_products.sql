-- migrate:up
CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL);

-- migrate:down
DROP TABLE products;
