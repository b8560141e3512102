DROP TABLE notes;
DROP FUNCTION notes_path();
DROP TABLE events;
DROP FUNCTION events_month();
