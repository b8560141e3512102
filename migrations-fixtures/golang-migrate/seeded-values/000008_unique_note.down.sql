DROP INDEX projects_note_key;
