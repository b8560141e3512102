-- region is renamed: a SET NOT NULL on region written after this migration finds no such column.
SET LOCAL lock_timeout = '5s';
ALTER TABLE accounts RENAME COLUMN region TO area;
