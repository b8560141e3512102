INSERT INTO notes (id) VALUES ('-- migration-guard:ignore up-failed'::integer);
