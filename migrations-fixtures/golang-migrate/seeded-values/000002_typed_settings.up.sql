SET LOCAL lock_timeout = '5s';
-- settings always held JSON and external_id a UUID: the casts hold on every real row
ALTER TABLE projects ALTER COLUMN settings TYPE jsonb USING settings::jsonb, ALTER COLUMN external_id TYPE uuid USING external_id::uuid;
