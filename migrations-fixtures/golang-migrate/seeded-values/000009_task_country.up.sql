SET LOCAL lock_timeout = '5s';
-- the counter-example: a project without a country leaves its tasks NULL, so SET NOT NULL fails on real rows too
ALTER TABLE tasks ADD COLUMN country char(2);
UPDATE tasks t SET country = p.country FROM projects p WHERE p.id = t.project_id;
ALTER TABLE tasks ALTER COLUMN country SET NOT NULL;
