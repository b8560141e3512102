SET LOCAL lock_timeout = '5s';
ALTER TABLE accounts DROP CONSTRAINT accounts_plan_known;
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_known CHECK (plan IN ('free', 'team', 'enterprise')) NOT VALID;
