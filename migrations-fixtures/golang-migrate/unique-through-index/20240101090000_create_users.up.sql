CREATE TABLE users (id int PRIMARY KEY, email text, external_id text, account_ref text);
