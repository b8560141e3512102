DROP VIEW recent_posts;
ALTER TABLE users DROP COLUMN display_name;
