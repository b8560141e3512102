-- the counter-example: the file's own insert fires the trigger, which creates events_202401; the down leaves it
INSERT INTO events (id, at) VALUES (1000, '2024-01-15');
