ALTER TABLE users DROP CONSTRAINT users_account_ref_key;
