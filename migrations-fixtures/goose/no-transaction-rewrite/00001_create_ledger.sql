-- +goose Up
CREATE TABLE ledger (
  id int PRIMARY KEY,
  amount int NOT NULL,
  memo varchar(40)
);

-- +goose Down
DROP TABLE ledger;
