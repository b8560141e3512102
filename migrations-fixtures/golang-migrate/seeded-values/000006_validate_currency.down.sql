SET LOCAL lock_timeout = '5s';
ALTER TABLE projects DROP CONSTRAINT projects_currency_check;
ALTER TABLE projects ADD CONSTRAINT projects_currency_check CHECK (currency ~ '^[A-Z]{3}$') NOT VALID;
