DROP FUNCTION account_count();
DROP TABLE accounts;
