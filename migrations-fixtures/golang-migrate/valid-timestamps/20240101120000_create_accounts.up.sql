CREATE DOMAIN account_name AS text CHECK (VALUE <> '');
CREATE TABLE accounts (id serial PRIMARY KEY, name account_name NOT NULL);
