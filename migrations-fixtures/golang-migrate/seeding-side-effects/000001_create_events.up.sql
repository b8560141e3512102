CREATE TABLE events (
  id int PRIMARY KEY,
  at date NOT NULL
);
-- the auto-partition pattern: the first row of a month creates that month's table
CREATE FUNCTION events_month() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TABLE IF NOT EXISTS %I (LIKE events)', 'events_' || to_char(NEW.at, 'YYYYMM'));
  RETURN NEW;
END $$;
CREATE TRIGGER events_month BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_month();
CREATE TABLE notes (
  id int PRIMARY KEY,
  body text
);
-- a trigger that changes its session's search_path
CREATE FUNCTION notes_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('search_path', 'pg_catalog', false);
  RETURN NEW;
END $$;
CREATE TRIGGER notes_path BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION notes_path();
