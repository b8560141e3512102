-- 'refunded' stays in order_status: PostgreSQL cannot drop an enum value.
ALTER TABLE orders DROP COLUMN refunded_at;
