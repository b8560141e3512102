CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders,
    sku text NOT NULL
);
