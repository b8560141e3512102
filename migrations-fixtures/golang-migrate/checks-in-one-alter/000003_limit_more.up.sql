-- the counter-example: two statements, two scans under lock, two findings
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_note_short CHECK (char_length(note) <= 200000);
ALTER TABLE orders ADD CONSTRAINT orders_code_short CHECK (char_length(code) <= 200000);
