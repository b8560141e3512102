-- +goose Up
CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL UNIQUE);

-- +goose Down
DROP TABLE categories;
