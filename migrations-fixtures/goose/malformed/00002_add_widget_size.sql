-- Adds a size to widgets; the Up annotation was forgotten.
ALTER TABLE widgets ADD COLUMN size integer;

-- +goose Down
ALTER TABLE widgets DROP COLUMN size;
