CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL);
