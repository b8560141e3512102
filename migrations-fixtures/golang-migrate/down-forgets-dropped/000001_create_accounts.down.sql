DROP VIEW account_emails;
DROP FUNCTION account_label(accounts);
DROP TABLE accounts;
DROP FUNCTION touch();
