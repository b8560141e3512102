-- the counter-example: a default gives every row a value, so the rollback passes with rows
ALTER TABLE invoices ADD COLUMN note text NOT NULL DEFAULT '';
