CREATE TABLE customers (
    id bigint PRIMARY KEY,
    legacy_code text
);
CREATE TABLE people (
    id bigint PRIMARY KEY,
    full_name text
);
