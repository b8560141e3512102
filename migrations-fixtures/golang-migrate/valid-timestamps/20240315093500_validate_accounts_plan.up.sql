ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_known;
