SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_external_id_key UNIQUE (external_id);
