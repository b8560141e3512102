-- migrate:up
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';

-- migrate:down
ALTER TABLE orders DROP COLUMN status;
