ALTER TABLE events ADD COLUMN source text;
CREATE INDEX CONCURRENTLY events_kind_at_idx ON events (kind, at);
