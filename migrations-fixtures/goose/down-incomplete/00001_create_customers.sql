-- +goose Up
CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL);

-- +goose Down
DROP TABLE customers;
