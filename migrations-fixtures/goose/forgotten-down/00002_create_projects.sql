-- +goose Up
CREATE TABLE projects (id serial PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE projects;
