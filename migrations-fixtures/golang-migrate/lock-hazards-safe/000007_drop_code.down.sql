-- migration-guard:ignore down-loses-data the column's values are gone on purpose (see the up)

ALTER TABLE customers ADD COLUMN code text;
