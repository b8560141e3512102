-- +goose Up
-- goose sends each statement on its own, inside one transaction.
SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD COLUMN display_name varchar(80);
CREATE VIEW recent_posts AS
    SELECT p.id, p.title, u.display_name
    FROM posts p JOIN users u ON u.id = p.author_id
    ORDER BY p.id DESC
    LIMIT 100;

-- +goose Down
DROP VIEW recent_posts;
ALTER TABLE users DROP COLUMN display_name;
