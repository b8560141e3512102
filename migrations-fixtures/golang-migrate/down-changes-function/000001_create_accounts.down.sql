DROP FUNCTION account_label(accounts);
DROP TABLE accounts;
