SET LOCAL lock_timeout = '5s';
-- seeding events and notes fires their triggers: what they do is seeding's, not this file's
ALTER TABLE events ADD COLUMN kind int;
ALTER TABLE notes ADD COLUMN pinned int;
