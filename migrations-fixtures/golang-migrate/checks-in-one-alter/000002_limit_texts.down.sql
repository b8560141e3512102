ALTER TABLE orders
    DROP CONSTRAINT orders_note_length,
    DROP CONSTRAINT orders_code_length,
    DROP CONSTRAINT orders_label_length;
