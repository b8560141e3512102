ALTER TABLE orders DROP CONSTRAINT orders_note_short, DROP CONSTRAINT orders_code_short;
