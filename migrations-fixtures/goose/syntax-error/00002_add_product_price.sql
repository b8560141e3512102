-- +goose Up
-- Adds prices.
ALTER TABLE products ADD COLUMN price numeric(10, 2);
ALTER TABLE products ADD COLUMN currency char(3) NOT NULL DEFALT 'EUR';

-- +goose Down
ALTER TABLE products DROP COLUMN currency;
ALTER TABLE products DROP COLUMN price;
