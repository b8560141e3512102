SET LOCAL lock_timeout = '5s';
CREATE UNIQUE INDEX users_account_ref_idx ON users (account_ref);
ALTER TABLE users ADD CONSTRAINT users_account_ref_key UNIQUE USING INDEX users_account_ref_idx;
