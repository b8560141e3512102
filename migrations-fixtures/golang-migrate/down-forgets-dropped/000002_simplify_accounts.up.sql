SET LOCAL lock_timeout = '5s';
DROP TRIGGER accounts_touch ON accounts;
DROP VIEW account_emails;
DROP INDEX accounts_email_idx;
ALTER TABLE accounts DROP CONSTRAINT accounts_email_check;
CREATE OR REPLACE FUNCTION account_label(a accounts) RETURNS text LANGUAGE sql AS $$ SELECT 'account ' || a.id $$;
ALTER TABLE accounts DROP COLUMN nickname;
