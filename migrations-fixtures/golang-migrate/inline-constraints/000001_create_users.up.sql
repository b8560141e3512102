CREATE TABLE users (
  id int PRIMARY KEY,
  email text NOT NULL
);
CREATE TABLE accounts (
  id int PRIMARY KEY,
  name text
);
