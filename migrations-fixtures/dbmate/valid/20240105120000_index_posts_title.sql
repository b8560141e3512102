-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY posts_title_idx ON posts (title);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY posts_title_idx;
