-- migrate:up
CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL UNIQUE);

-- migrate:down
DROP TABLE categories;
