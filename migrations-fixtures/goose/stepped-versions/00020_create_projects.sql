-- +goose Up
CREATE TABLE projects (id serial PRIMARY KEY, team_id int NOT NULL);

-- +goose Down
DROP TABLE projects;
