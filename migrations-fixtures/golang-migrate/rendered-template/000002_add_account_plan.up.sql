ALTER TABLE {{ .Schema }}.accounts ADD COLUMN plan text NOT NULL DEFAULT '{{ .DefaultPlan }}';
