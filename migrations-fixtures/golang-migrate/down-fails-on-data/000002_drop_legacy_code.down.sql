-- passes on an empty table, fails on the first row: every row gets NULL in a NOT NULL column
ALTER TABLE invoices ADD COLUMN legacy_code text NOT NULL;
