-- Forgets the index, the function and the type; leaves avatar_url in place.
ALTER TABLE customers DROP COLUMN tier;
