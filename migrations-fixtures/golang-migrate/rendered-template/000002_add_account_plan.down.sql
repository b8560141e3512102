ALTER TABLE {{ .Schema }}.accounts DROP COLUMN plan;
