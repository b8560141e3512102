SET LOCAL lock_timeout = '5s';
ALTER TABLE orders
    ADD CONSTRAINT orders_note_length CHECK (char_length(note) <= 100000),
    ADD CONSTRAINT orders_code_length CHECK (char_length(code) <= 100000),
    ADD CONSTRAINT orders_label_length CHECK (char_length(label) <= 100000);
