-- NOT NULL with a DEFAULT: existing rows get the default.
ALTER TABLE people ADD COLUMN active boolean NOT NULL DEFAULT true;
