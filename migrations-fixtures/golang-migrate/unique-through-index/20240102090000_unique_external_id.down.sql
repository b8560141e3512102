ALTER TABLE users DROP CONSTRAINT users_external_id_key;
