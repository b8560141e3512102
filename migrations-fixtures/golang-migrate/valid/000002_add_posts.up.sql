-- golang-migrate sends the file as one query, one implicit transaction: SET LOCAL holds until it ends.
SET LOCAL lock_timeout = '5s';
CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) > 0),
    body text,
    updated_at timestamptz
);
CREATE INDEX posts_author_id_idx ON posts (author_id);
COMMENT ON TABLE posts IS 'Articles written by users';
