CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text,
    score integer,
    old_note text,
    legacy_code text
);
