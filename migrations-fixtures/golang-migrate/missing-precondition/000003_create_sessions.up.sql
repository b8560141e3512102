-- The identity schema comes with the platform's image too.
SET LOCAL lock_timeout = '5s';
CREATE TABLE identity.sessions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  profile_id bigint NOT NULL REFERENCES profiles (id),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expires_at_idx ON identity.sessions (expires_at);
