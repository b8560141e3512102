-- +goose Up
SET LOCAL lock_timeout = '5s';
ALTER TABLE notes ADD COLUMN IF NOT EXISTS slug text;

-- +goose Down
