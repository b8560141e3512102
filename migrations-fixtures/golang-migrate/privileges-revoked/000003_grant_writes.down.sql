-- Forgets to revoke INSERT: the grant outlives the down.
SELECT 1;
