CREATE TABLE orders (
    id bigint PRIMARY KEY,
    note text,
    code text,
    label text
);
