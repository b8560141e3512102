-- +goose Up
ALTER TABLE teams ADD COLUMN slug text UNIQUE;

-- +goose Down
ALTER TABLE teams DROP COLUMN slug;
