DROP TRIGGER posts_touch ON posts;
DROP FUNCTION touch_updated_at();
