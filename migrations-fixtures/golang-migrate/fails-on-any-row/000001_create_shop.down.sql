DROP TABLE orders, coupons, customers;
