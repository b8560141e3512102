CREATE TABLE currencies (
  -- no generated value passes this CHECK, so the seeder cannot fill currencies, nor prices, which needs one
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}[0-9]$')
);
CREATE TABLE prices (
  id int PRIMARY KEY,
  currency text NOT NULL REFERENCES currencies
);
