-- migrate:up transaction:false
ALTER TABLE events ADD COLUMN source text;
CREATE INDEX CONCURRENTLY events_kind_at_idx ON events (kind, at);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS events_kind_at_idx;
