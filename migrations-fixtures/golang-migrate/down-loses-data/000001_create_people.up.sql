CREATE TABLE people (
    id serial PRIMARY KEY,
    full_name text
);
