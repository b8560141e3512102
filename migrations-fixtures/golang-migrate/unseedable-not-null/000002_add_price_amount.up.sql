SET LOCAL lock_timeout = '5s';
-- any existing row breaks this, whatever its values: said from the statement though no row could be seeded
ALTER TABLE prices ADD COLUMN amount int NOT NULL;
