-- The index depends on a row this file inserts; the down forgets to delete the row.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM settings WHERE key = 'members_indexed') THEN
        CREATE INDEX members_name_lower_idx ON members (lower(name));
    ELSE
        CREATE INDEX members_name_idx ON members (name);
    END IF;
END
$$;
INSERT INTO settings VALUES ('members_indexed', 'yes') ON CONFLICT (key) DO NOTHING;
