SET LOCAL lock_timeout = '5s';
-- the inline UNIQUE builds an index over every row of users, as ADD CONSTRAINT ... UNIQUE does
ALTER TABLE users ADD COLUMN handle text UNIQUE;
