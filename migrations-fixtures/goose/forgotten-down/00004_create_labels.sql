-- +goose Up
CREATE TABLE labels (id serial PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE labels;
