-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '5s';
ALTER TABLE ledger ALTER COLUMN amount TYPE bigint;
-- varchar to text keeps the table file: no rewrite
ALTER TABLE ledger ALTER COLUMN memo TYPE text;
CREATE INDEX CONCURRENTLY ledger_amount_idx ON ledger (amount);

-- +goose Down
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY ledger_amount_idx;
ALTER TABLE ledger ALTER COLUMN memo TYPE varchar(40);
ALTER TABLE ledger ALTER COLUMN amount TYPE int;
