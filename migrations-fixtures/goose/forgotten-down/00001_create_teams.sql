-- +goose Up
CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE teams;
