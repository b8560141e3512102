-- Written for MySQL by mistake: PostgreSQL rejects the backquotes.
ALTER TABLE `notes` DROP COLUMN `pinned`;
