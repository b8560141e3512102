CREATE DOMAIN plan_name AS text CHECK (VALUE IN ('free', 'team', 'enterprise'));
ALTER TABLE accounts ADD COLUMN plan plan_name NOT NULL DEFAULT 'free';
