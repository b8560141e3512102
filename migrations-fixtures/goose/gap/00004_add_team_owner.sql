-- +goose Up
ALTER TABLE teams ADD COLUMN owner text;

-- +goose Down
ALTER TABLE teams DROP COLUMN owner;
