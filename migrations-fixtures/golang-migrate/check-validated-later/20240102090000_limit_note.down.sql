ALTER TABLE orders DROP CONSTRAINT orders_note_length;
