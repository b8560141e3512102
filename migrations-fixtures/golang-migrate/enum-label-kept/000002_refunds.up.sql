ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
ALTER TABLE orders ADD COLUMN refunded_at timestamptz;
