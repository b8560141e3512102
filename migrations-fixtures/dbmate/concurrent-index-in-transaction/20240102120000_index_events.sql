-- migrate:up
CREATE INDEX CONCURRENTLY events_kind_at_idx ON events (kind, at);

-- migrate:down
DROP INDEX IF EXISTS events_kind_at_idx;
