SET LOCAL lock_timeout = '5s';
-- now() is stable, not volatile: PostgreSQL keeps the default in the catalog, nothing is rewritten (silent).
ALTER TABLE accounts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
-- A stored generated column is computed for every row as it is added: no nullable step to split off (no fix).
ALTER TABLE accounts ADD COLUMN email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED;
