-- +goose Up
CREATE TABLE tags (id serial PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE tags;
