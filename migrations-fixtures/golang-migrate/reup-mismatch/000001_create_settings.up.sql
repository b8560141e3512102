CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE members (id serial PRIMARY KEY, name text NOT NULL);
