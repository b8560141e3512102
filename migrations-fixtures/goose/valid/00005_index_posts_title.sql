-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY posts_title_idx ON posts (title);

-- +goose Down
DROP INDEX CONCURRENTLY posts_title_idx;
