-- migrate:up
CREATE TABLE notes (
  id int PRIMARY KEY
);

-- migrate:down
DROP TABLE notes;
