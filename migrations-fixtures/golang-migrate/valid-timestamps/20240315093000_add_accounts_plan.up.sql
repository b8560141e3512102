SET LOCAL lock_timeout = '5s';
-- A constant default is kept in the catalog (no rewrite; a column of a domain with a CHECK would rewrite the table),
-- and the CHECK is added NOT VALID (no scan) and validated by the next migration, which does not block writes.
ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_known CHECK (plan IN ('free', 'team', 'enterprise')) NOT VALID;
