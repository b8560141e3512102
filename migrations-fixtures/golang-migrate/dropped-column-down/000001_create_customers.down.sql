DROP TABLE people, customers;
