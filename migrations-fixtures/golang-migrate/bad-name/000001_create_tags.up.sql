CREATE TABLE tags (id serial PRIMARY KEY, label text NOT NULL);
