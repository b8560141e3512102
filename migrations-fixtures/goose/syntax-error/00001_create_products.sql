-- +goose Up
CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE products;
