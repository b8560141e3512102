DROP INDEX accounts_nickname_key;
