CREATE TABLE ledger (
  id int PRIMARY KEY,
  amount int NOT NULL,
  memo varchar(40)
);
