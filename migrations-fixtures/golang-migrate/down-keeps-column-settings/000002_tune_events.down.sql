-- Forgets the storage and the compression.
ALTER TABLE events ALTER COLUMN kind SET STATISTICS -1;
