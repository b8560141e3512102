CREATE TABLE invoices (
  id int PRIMARY KEY,
  legacy_code text NOT NULL,
  note text NOT NULL DEFAULT ''
);
