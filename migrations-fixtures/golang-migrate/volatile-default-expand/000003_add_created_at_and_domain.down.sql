ALTER TABLE accounts DROP COLUMN email_domain;
ALTER TABLE accounts DROP COLUMN created_at;
