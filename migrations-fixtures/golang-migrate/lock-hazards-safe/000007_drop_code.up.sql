-- migration-guard:ignore destructive-drop no release reads customers.code since 4.2

SET LOCAL lock_timeout = '5s';
ALTER TABLE customers DROP COLUMN code;
