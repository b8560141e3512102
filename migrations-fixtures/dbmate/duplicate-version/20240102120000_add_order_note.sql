-- migrate:up
ALTER TABLE orders ADD COLUMN note text;

-- migrate:down
ALTER TABLE orders DROP COLUMN note;
