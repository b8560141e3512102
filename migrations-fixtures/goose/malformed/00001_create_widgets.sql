-- +goose Up
CREATE TABLE widgets (id serial PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE widgets;
