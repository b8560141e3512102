CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
