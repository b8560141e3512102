-- +goose Up
SET LOCAL lock_timeout = '5s';
-- The function body holds semicolons: StatementBegin/End keeps it one statement.
-- +goose StatementBegin
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER posts_touch BEFORE UPDATE ON posts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- +goose Down
DROP TRIGGER posts_touch ON posts;
DROP FUNCTION touch_updated_at();
