ALTER TABLE orders ADD CONSTRAINT orders_note_short CHECK (length(note) <= 1000);
