CREATE TABLE events (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    payload jsonb NOT NULL
);
