CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nickname text DEFAULT 'friend',
    updated_at timestamptz
);
CREATE INDEX accounts_email_idx ON accounts (lower(email));
ALTER TABLE accounts ADD CONSTRAINT accounts_email_check CHECK (email <> '');
CREATE VIEW account_emails AS SELECT id, email FROM accounts;
CREATE FUNCTION account_label(a accounts) RETURNS text LANGUAGE sql AS $$ SELECT a.email $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
