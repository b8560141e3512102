-- +goose Up
CREATE TABLE projects (id serial PRIMARY KEY, title text NOT NULL);

-- +goose Down
DROP TABLE projects;
