CREATE TABLE invoices (id serial PRIMARY KEY);
