-- email is UNIQUE already, so its values cannot collide.
CREATE UNIQUE INDEX people_email_idx ON people (email);
