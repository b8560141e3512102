CREATE TABLE customers (
    id bigint PRIMARY KEY
);
CREATE TABLE coupons (
    id bigint PRIMARY KEY
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    coupon_id bigint
);
