ALTER TABLE accounts DROP COLUMN plan;
DROP DOMAIN plan_name;
