-- +goose Up
CREATE TABLE orders (id serial PRIMARY KEY, total numeric(10, 2) NOT NULL);

-- +goose Down
DROP TABLE orders;
