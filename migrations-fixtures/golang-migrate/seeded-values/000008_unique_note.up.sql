SET LOCAL lock_timeout = '5s';
-- the counter-example: notes were never unique, and real projects may share one
CREATE UNIQUE INDEX projects_note_key ON projects (note);
