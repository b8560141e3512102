-- migration-guard:ignore down-loses-data the codes are dropped on purpose

ALTER TABLE customers ADD COLUMN legacy_code text;
