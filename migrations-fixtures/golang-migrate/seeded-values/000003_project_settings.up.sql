-- one row per setting: jsonb_each_text needs an object, which every real settings value is
CREATE TABLE project_settings AS SELECT p.id AS project_id, s.key, s.value FROM projects p, jsonb_each_text(p.settings) s;
