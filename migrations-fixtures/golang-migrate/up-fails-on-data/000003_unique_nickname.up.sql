-- Nicknames were never unique: two rows may share one.
CREATE UNIQUE INDEX accounts_nickname_key ON accounts (nickname);
