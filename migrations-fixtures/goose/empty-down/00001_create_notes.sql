-- +goose Up
CREATE TABLE notes (
  id int PRIMARY KEY
);

-- +goose Down
DROP TABLE notes;
