SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_note_length CHECK (length(note) <= 10000);
