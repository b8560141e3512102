DROP TABLE accounts;
DROP DOMAIN account_name;
